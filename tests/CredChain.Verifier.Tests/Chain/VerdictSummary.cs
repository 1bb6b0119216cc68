namespace CredChain.Verifier.Tests.Chain;

/// <summary>A verdict's status and its checks ("kind:status:code" joined by " | "), compared whole.</summary>
public sealed record VerdictSummary(string Status, string Checks)
{
    public bool Has(string check) => Checks.Split(" | ").Contains(check);
}
