namespace CredChain.Verifier.Tests.Chain;

[CollectionDefinition(Name)]
public sealed class DevNetworksGroup : ICollectionFixture<DevNetworksFixture>
{
    public const string Name = "Dev networks";
}
