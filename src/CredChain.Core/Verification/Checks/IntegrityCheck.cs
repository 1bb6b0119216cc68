using CredChain.Core.Hashing;
using CredChain.Core.Leaves;

namespace CredChain.Core.Verification.Checks;

/// <summary>
/// Recomputes the targetHash from the envelope, the disclosed values with their salts, and the hidden leaves, after
/// checking what only a hand edit produces: hidden leaves out of order or repeated, numbers not in canonical form.
/// </summary>
internal sealed class IntegrityCheck : ICredentialCheck
{
    public CheckKind Kind => CheckKind.Integrity;

    public bool AppliesTo(VerificationContext context) => context.Document is not null;

    public ValueTask<CheckResult> RunAsync(VerificationContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Run(context));

    private CheckResult Run(VerificationContext context)
    {
        var document = context.Document!;
        if (!StrictlyAscending(document.Proof.HiddenLeaves.AsSpan()))
        {
            return CheckResult.Invalid(Kind, ReasonCode.HiddenLeavesNotCanonical, "The hidden leaf hashes are not in strictly ascending order, as every hiding tool writes them: the list was edited by hand.");
        }

        try
        {
            var (computed, leaves) = CredentialHashing.Recompute(document);
            context.Disclosed = leaves;
            return computed == document.Proof.TargetHash
                ? CheckResult.Valid(Kind, ReasonCode.TargetHashMatches, "The content matches its targetHash.")
                : CheckResult.Invalid(Kind, ReasonCode.TargetHashMismatch, $"The content hashes to {computed}, not the stated targetHash {document.Proof.TargetHash}: it was changed.");
        }
        catch (CredentialIntegrityException exception)
        {
            var reason = exception.Error switch
            {
                IntegrityError.MissingSalt => ReasonCode.ValueWithoutSalt,
                IntegrityError.UnusedSalt => ReasonCode.SaltWithoutValue,
                IntegrityError.NumberNotCanonical => ReasonCode.NumberNotCanonical,
                _ => ReasonCode.EmptyContainer,
            };
            return CheckResult.Invalid(Kind, reason, exception.Message);
        }
    }

    private static bool StrictlyAscending(ReadOnlySpan<Hash32> hashes)
    {
        for (var i = 1; i < hashes.Length; i++)
        {
            if (hashes[i - 1] >= hashes[i])
            {
                return false;
            }
        }

        return true;
    }
}
