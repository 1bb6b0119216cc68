namespace CredChain.Cli.Besu;

/// <summary>
/// Where docker-compose.yml mounts the generated files inside each Besu container. The per-node
/// <c>config.toml</c> refers to these paths, so they and the compose volumes must agree (a test checks it).
/// </summary>
internal static class ContainerPaths
{
    /// <summary>The network folder (genesis, static nodes, permissions), mounted read-only.</summary>
    public const string NetworkDirectory = "/config/network";

    /// <summary>The node's own folder (key, config.toml), mounted read-only.</summary>
    public const string NodeDirectory = "/config/node";

    /// <summary>The chain database: a named volume, never the image's <c>/opt/besu</c>.</summary>
    public const string DataDirectory = "/var/lib/besu";

    public const string GenesisFile = NetworkDirectory + "/" + NetworkLayout.GenesisFile;
    public const string StaticNodesFile = NetworkDirectory + "/" + NetworkLayout.StaticNodesFile;
    public const string PermissionsFile = NetworkDirectory + "/" + NetworkLayout.PermissionsFile;
    public const string NodeKeyFile = NodeDirectory + "/" + NetworkLayout.NodeKeyFile;
    public const string NodeConfigFile = NodeDirectory + "/" + NetworkLayout.NodeConfigFile;
}
