using CredChain.Core.Leaves;

namespace CredChain.Core.Verification.Checks;

/// <summary>Recomputes the targetHash from the disclosed values, their salts and the hidden leaves.</summary>
internal sealed class IntegrityCheck : ICredentialCheck
{
    public CheckKind Kind => CheckKind.Integrity;

    public bool AppliesTo(VerificationContext context) => context.Document is not null;

    public ValueTask<CheckResult> RunAsync(VerificationContext context, CancellationToken cancellationToken)
    {
        var document = context.Document!;
        try
        {
            var computed = CredentialHashing.ComputeTargetHash(document);
            return ValueTask.FromResult(computed == document.Proof.TargetHash
                ? CheckResult.Valid(Kind, ReasonCode.TargetHashMatches, "The content matches its targetHash.")
                : CheckResult.Invalid(Kind, ReasonCode.TargetHashMismatch, $"The content hashes to {computed}, not the stated targetHash {document.Proof.TargetHash}: it was changed."));
        }
        catch (CredentialIntegrityException exception)
        {
            var reason = exception.Error switch
            {
                IntegrityError.MissingSalt => ReasonCode.ValueWithoutSalt,
                IntegrityError.UnusedSalt => ReasonCode.SaltWithoutValue,
                _ => ReasonCode.EmptyContainer,
            };
            return ValueTask.FromResult(CheckResult.Invalid(Kind, reason, exception.Message));
        }
    }
}
