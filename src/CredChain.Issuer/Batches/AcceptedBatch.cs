using CredChain.Issuer.Storage;

namespace CredChain.Issuer.Batches;

internal sealed record AcceptedBatch(Guid Id, string Issuer, int CredentialCount, BatchState State);
