namespace CredChain.Ethereum.Tests.Support;

/// <summary>Chain tests share one dev node; each test uses its own accounts and roots.</summary>
[CollectionDefinition(Name)]
public sealed class ChainTests : ICollectionFixture<ChainFixture>
{
    public const string Name = "Chain";
}
