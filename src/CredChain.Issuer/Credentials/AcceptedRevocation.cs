using CredChain.Issuer.Storage;

namespace CredChain.Issuer.Credentials;

internal sealed record AcceptedRevocation(Guid Id, Guid BatchId, Guid? CredentialId, int Reason, OperationState State);
