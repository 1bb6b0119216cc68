using CredChain.Issuer.Credentials;
using CredChain.Issuer.Storage;

namespace CredChain.Issuer.Batches;

/// <summary>
/// A batch: its state, credential counts per state, and its anchoring transaction once written ahead. <c>LastError</c>
/// is the last error the worker met (kept while it retries); <c>Failure</c> is set only while the batch is failed.
/// </summary>
internal sealed record BatchResponse(
    Guid Id,
    string Issuer,
    BatchState State,
    bool FromUpload,
    int CredentialCount,
    BatchCounts Counts,
    string? Root,
    string? TransactionHash,
    long? BlockNumber,
    long? Nonce,
    long? GasUsed,
    DateTimeOffset CreatedAt,
    DateTimeOffset? AnchoredAt,
    RevocationInfo? Revocation,
    string? LastError,
    FailureInfo? Failure);
