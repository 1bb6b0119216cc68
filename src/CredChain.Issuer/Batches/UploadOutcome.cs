using CredChain.Issuer.Import;

namespace CredChain.Issuer.Batches;

/// <summary>What an import did: the stored batch's size, or the errors (first <c>MaxErrors</c>) and their total.</summary>
internal sealed record UploadOutcome(int Accepted, IReadOnlyList<RowError> Errors, int TotalErrors)
{
    public bool Succeeded => TotalErrors == 0 && Accepted > 0;
}
