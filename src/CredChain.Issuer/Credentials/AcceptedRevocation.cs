using CredChain.Issuer.Storage;

namespace CredChain.Issuer.Credentials;

/// <summary>
/// Body of the 202 for the revoke endpoints: the revocation now active for the credential or batch. <c>Replayed</c> is
/// true when it already existed (a repeated or concurrent request): no second transaction is ever made.
/// </summary>
internal sealed record AcceptedRevocation(Guid Id, Guid BatchId, Guid? CredentialId, int Reason, OperationState State, bool Replayed, FailureInfo? Failure);
