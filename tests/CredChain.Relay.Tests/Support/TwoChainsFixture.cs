using CredChain.Ethereum.Dev;

namespace CredChain.Relay.Tests.Support;

/// <summary>Two real anvil nodes: a member network (chain 1337) and the national hub (chain 2026), shared by the relay tests.</summary>
public sealed class TwoChainsFixture : IAsyncLifetime
{
    public DevNode Member { get; private set; } = null!;

    public DevNode Hub { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var started = await Task.WhenAll(
            DevNode.StartAsync(new DevNodeOptions { ChainId = 1337 }),
            DevNode.StartAsync(new DevNodeOptions { ChainId = 2026 }));
        (Member, Hub) = (started[0], started[1]);
    }

    public async Task DisposeAsync()
    {
        await Member.DisposeAsync();
        await Hub.DisposeAsync();
    }
}
