using CredChain.Issuer.Storage;

namespace CredChain.Issuer.Credentials;

/// <summary>A revocation of one credential (or, with no <c>CredentialId</c>, of a whole batch) and where it stands on chain.</summary>
internal sealed record RevocationResponse(
    Guid Id,
    string Issuer,
    Guid BatchId,
    Guid? CredentialId,
    int Reason,
    OperationState State,
    DateTimeOffset CreatedAt,
    string? TransactionHash,
    long? BlockNumber,
    FailureInfo? Failure)
{
    public static RevocationResponse Of(RevocationRecord r) => new(
        r.Id,
        r.IssuerAddress,
        r.BatchId,
        r.CredentialId,
        r.Reason,
        r.State,
        DateTimeOffset.FromUnixTimeMilliseconds(r.CreatedAtMs),
        r.TransactionHash is null ? null : "0x" + Convert.ToHexStringLower(r.TransactionHash),
        r.BlockNumber,
        FailureInfo.Of(r.FailureCode, r.FailureError, r.LastError, r.FailedAtMs));
}
