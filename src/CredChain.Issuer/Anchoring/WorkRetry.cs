using CredChain.Issuer.Storage;

namespace CredChain.Issuer.Anchoring;

/// <summary>
/// An operator's retry of failed work. Work that was written ahead resumes in flight (<c>anchoring</c>, <c>sending</c>),
/// so the worker first looks its transaction up by hash (and a batch's root in the registry) and sends that same
/// transaction again only if it is not on chain: a retry never signs a second transaction for what may already be mined.
/// Work that failed before it was signed goes back to pending.
/// </summary>
internal static class WorkRetry
{
    public static void Reopen(BatchRecord batch)
    {
        batch.State = batch.TransactionHash is null ? BatchState.Pending : BatchState.Anchoring;
        batch.FailureCode = null;
        batch.FailureError = null;
        batch.FailedAtMs = null;
    }

    public static void Reopen(RevocationRecord revocation)
    {
        revocation.State = revocation.TransactionHash is null ? OperationState.Pending : OperationState.Sending;
        revocation.FailureCode = null;
        revocation.FailureError = null;
        revocation.FailedAtMs = null;
    }
}
