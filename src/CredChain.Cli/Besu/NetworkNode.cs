namespace CredChain.Cli.Besu;

/// <summary>One Besu node of the network. <see cref="Name"/> is also its docker-compose service name and DNS host.</summary>
internal sealed record NetworkNode(string Name, NodeRole Role, NodeKey Key)
{
    public const int P2pPort = 30303;

    /// <summary><c>enode://&lt;public key&gt;@&lt;service name&gt;:30303</c>; Besu resolves the host with <c>Xdns-enabled</c>.</summary>
    public string Enode => $"enode://{Key.PublicKeyHex}@{Name}:{P2pPort}";
}
