namespace CredChain.Relay.Tests.Support;

/// <summary>Relay tests share the two dev nodes; each test deploys its own member registries and hub registry.</summary>
[CollectionDefinition(Name)]
public sealed class TwoChains : ICollectionFixture<TwoChainsFixture>
{
    public const string Name = "TwoChains";
}
