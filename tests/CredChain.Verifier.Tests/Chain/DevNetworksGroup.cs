using CredChain.Verifier.Tests.Browser;

namespace CredChain.Verifier.Tests.Chain;

/// <summary>Tests that share the two dev nodes (and, for browser tests, the Chromium instance).</summary>
[CollectionDefinition(Name)]
public sealed class DevNetworksGroup : ICollectionFixture<DevNetworksFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "Dev networks";
}
