using System.Text.Json;
using System.Text.Json.Serialization;

namespace CredChain.Cli.Besu;

/// <summary><c>network.json</c>: the generated network in one machine-readable file (no private keys).</summary>
internal sealed record NetworkManifest(
    long ChainId,
    string Consensus,
    int BlockPeriodSeconds,
    bool Example,
    string Deployer,
    IReadOnlyList<string> Issuers,
    IReadOnlyList<NetworkManifestNode> Nodes)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static NetworkManifest From(NetworkPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new NetworkManifest(
            plan.Spec.ChainId,
            "qbft",
            QbftGenesis.BlockPeriodSeconds,
            plan.Spec.IsExample,
            plan.Spec.Deployer.Checksummed,
            [.. plan.Spec.Issuers.Select(i => i.Checksummed)],
            [.. plan.Nodes.Select(n => new NetworkManifestNode(
                n.Name, n.Role, n.Key.Address.Checksummed, "0x" + n.Key.PublicKeyHex, n.Enode,
                $"{NetworkLayout.NodesDirectory}/{n.Name}/{NetworkLayout.NodeKeyFile}"))]);
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json) + "\n";

    public static NetworkManifest Parse(string json) =>
        JsonSerializer.Deserialize<NetworkManifest>(json, Json)
        ?? throw new JsonException("network.json is empty.");
}
