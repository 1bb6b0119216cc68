using CredChain.Ethereum.Dev;
using CredChain.Testing.Chain;

namespace CredChain.Relay.Tests.Support;

/// <summary>Two real anvil nodes (the shared <see cref="TestChain"/>, without registries: each <see cref="HubWorld"/>
/// deploys its own): a member network (chain 1337) and the national hub (chain 2026), shared by the relay tests.</summary>
public sealed class TwoChainsFixture : IAsyncLifetime
{
    private TestChain? _member;
    private TestChain? _hub;

    public DevNode Member => (_member ?? throw new InvalidOperationException("Not started.")).Node;

    public DevNode Hub => (_hub ?? throw new InvalidOperationException("Not started.")).Node;

    public async Task InitializeAsync() => (_member, _hub) = await TestChain.StartTwoAsync(1337, 2026, withRegistries: false);

    public async Task DisposeAsync()
    {
        if (_member is not null)
        {
            await _member.DisposeAsync();
        }

        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }
    }
}
