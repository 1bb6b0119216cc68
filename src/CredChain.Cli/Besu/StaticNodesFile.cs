using System.Text.Json;

namespace CredChain.Cli.Besu;

/// <summary><c>static-nodes.json</c>: every node's enode; with discovery off, this is how nodes find each other.</summary>
internal static class StaticNodesFile
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Create(NetworkPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return JsonSerializer.Serialize(plan.Nodes.Select(n => n.Enode).ToArray(), Indented) + "\n";
    }
}
