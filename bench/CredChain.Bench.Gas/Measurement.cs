namespace CredChain.Bench.Gas;

/// <summary>One measured figure and, when it has one, its target (the figure must not exceed it).</summary>
internal sealed record Measurement(string Operation, double Value, string Unit, double? Target)
{
    public bool? MeetsTarget => Target is { } target ? Value <= target : null;
}
