namespace CredChain.Cli.Besu;

/// <summary>File names inside the output folder of <c>credchain network init</c>.</summary>
internal static class NetworkLayout
{
    public const string GenesisFile = "genesis.json";
    public const string StaticNodesFile = "static-nodes.json";
    public const string PermissionsFile = "permissions_config.toml";
    public const string ManifestFile = "network.json";
    public const string ReadmeFile = "README.md";
    public const string NodesDirectory = "nodes";

    /// <summary>Besu's own name for the node key file; it holds the private key.</summary>
    public const string NodeKeyFile = "key";
    public const string NodePublicKeyFile = "key.pub";
    public const string NodeAddressFile = "address";
    public const string NodeConfigFile = "config.toml";

    /// <summary>Written beside every key of an example network so that no file listing hides the warning.</summary>
    public const string ExampleMarkerFile = "EXAMPLE-KEYS-DO-NOT-USE.txt";

    public static string NodeDirectory(string outputDirectory, NetworkNode node) =>
        Path.Combine(outputDirectory, NodesDirectory, node.Name);
}
