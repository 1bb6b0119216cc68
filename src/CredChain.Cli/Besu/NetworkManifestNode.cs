namespace CredChain.Cli.Besu;

internal sealed record NetworkManifestNode(
    string Name,
    NodeRole Role,
    string Address,
    string PublicKey,
    string Enode,
    string KeyFile);
