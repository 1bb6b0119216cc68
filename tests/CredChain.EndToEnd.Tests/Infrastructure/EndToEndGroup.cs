namespace CredChain.EndToEnd.Tests.Infrastructure;

/// <summary>The test classes that share the networks, services and issued documents of <see cref="EndToEndFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndGroup : ICollectionFixture<EndToEndFixture>
{
    public const string Name = "End to end";
}
