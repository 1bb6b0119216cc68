using System.Text.Json;
using CredChain.Issuer.Storage;

namespace CredChain.Issuer.Credentials;

/// <summary>
/// A credential's state and, once anchored, its full document with proof. <c>Failure</c> says why its batch failed;
/// <c>RevocationRequest</c> is the latest revocation of it (or of its whole batch) in whatever state, so a revocation
/// that failed on chain is visible here too.
/// </summary>
internal sealed record CredentialResponse(
    Guid Id,
    string Issuer,
    CredentialState State,
    Guid? BatchId,
    DateTimeOffset AcceptedAt,
    RevocationInfo? Revocation,
    FailureInfo? Failure,
    RevocationResponse? RevocationRequest,
    JsonElement? Document);
