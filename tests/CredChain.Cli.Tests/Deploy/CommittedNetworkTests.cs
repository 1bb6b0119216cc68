using CredChain.Cli.Besu;
using CredChain.Cli.Tests.Support;

namespace CredChain.Cli.Tests.Deploy;

/// <summary>The example network committed under <c>deploy/besu</c>, which docker-compose.yml runs.</summary>
public sealed class CommittedNetworkTests
{
    private static readonly NetworkFolder Network = NetworkFolder.Read(RepositoryRoot.Combine("deploy", "besu"));

    [Fact]
    public void CommittedNetwork_IsConsistentAcrossGenesisStaticNodesAllowlistsAndKeys()
    {
        Assert.Equal(["validator1", "validator2", "validator3", "validator4", "rpcnode1"], Network.Nodes().Select(n => n.Name));
        NetworkFolderAssertions.AssertConsistent(Network, 20250, DevAccounts.Account0, [DevAccounts.Account1]);
    }

    [Fact]
    public void CommittedNetwork_SaysItsKeysAreExamplesInTheReadmeManifestAndBesideEveryKey()
    {
        var readme = File.ReadAllText(Network.File("README.md"));
        Assert.Contains("**EXAMPLE KEYS ONLY. DO NOT USE THEM FOR ANY REAL NETWORK.**", readme, StringComparison.Ordinal);
        Assert.Contains("anvil's well-known dev account #0", readme, StringComparison.Ordinal);
        Assert.Contains("anvil's well-known dev account #1", readme, StringComparison.Ordinal);
        Assert.True(NetworkManifest.Parse(File.ReadAllText(Network.File("network.json"))).Example);
        Assert.True(File.Exists(Network.File(NetworkLayout.ExampleMarkerFile)));
        Assert.All(Network.Nodes(), n => Assert.True(File.Exists(Path.Combine(n.Folder, NetworkLayout.ExampleMarkerFile)), n.Name));
    }

    [Fact]
    public void CommittedNetwork_IsExactlyWhatTodaysGeneratorWritesForItsKeys()
    {
        // Regenerate from the committed keys and compare every file, so that a change to the generator
        // (a Besu option, a path, the genesis) cannot leave the committed example behind.
        var manifest = NetworkManifest.Parse(File.ReadAllText(Network.File("network.json")));
        var keys = new Queue<NodeKey>(Network.Nodes().Select(n =>
            NodeKey.FromBesuKeyFile(File.ReadAllText(Path.Combine(n.Folder, NetworkLayout.NodeKeyFile)))));
        var spec = new NetworkSpec(
            Network.Nodes().Count(n => n.IsValidator),
            Network.Nodes().Count(n => !n.IsValidator),
            manifest.ChainId,
            Address(manifest.Deployer),
            [.. manifest.Issuers.Select(Address)],
            manifest.Example);
        using var temp = new TempDirectory();

        NetworkWriter.Write(NetworkPlan.Create(spec, keys.Dequeue), temp.Path, replaceExistingNodes: false);

        var committed = Files(Network.Path);
        Assert.Equal(Files(temp.Path).Keys, committed.Keys);
        foreach (var (relative, content) in Files(temp.Path))
        {
            Assert.True(content == committed[relative], $"{relative} differs from the generator's output.");
        }
    }

    private static SortedDictionary<string, string> Files(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText), StringComparer.Ordinal);

    private static EthereumAddress Address(string text) =>
        EthereumAddress.TryParse(text, out var address, out var error) ? address : throw new FormatException(error);
}
