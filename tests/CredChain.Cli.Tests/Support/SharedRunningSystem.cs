namespace CredChain.Cli.Tests.Support;

/// <summary>
/// The test classes that drive one running <c>credchain up</c> (dev chain, contracts, both services): they share it and
/// run one after another, as the tests of one class did before they were split by topic.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedRunningSystem : ICollectionFixture<RunningSystem>
{
    public const string Name = "credchain up";
}
