using System.Globalization;

namespace CredChain.Core.Verification.Checks;

/// <summary>Asks the registry whether the root is anchored and whether the chain accepts the path.</summary>
internal sealed class AnchoredCheck : ICredentialCheck
{
    public CheckKind Kind => CheckKind.Anchored;

    public bool AppliesTo(VerificationContext context) => context.Document is not null;

    public async ValueTask<CheckResult> RunAsync(VerificationContext context, CancellationToken cancellationToken)
    {
        var lookup = await context.GetAnchorAsync(cancellationToken).ConfigureAwait(false);
        var anchor = context.Document!.Proof.Anchor;
        return lookup.Outcome switch
        {
            AnchorLookupOutcome.NoAnchor => CheckResult.Invalid(Kind, ReasonCode.AnchorMissing, "The credential carries no anchor: it has not been anchored yet."),
            AnchorLookupOutcome.NetworkNotServed => CheckResult.Invalid(Kind, ReasonCode.UnknownNetwork, string.Create(CultureInfo.InvariantCulture, $"The credential names chain {anchor!.ChainId} and registry {anchor.Registry}, which this verifier does not trust.")),
            AnchorLookupOutcome.Failed => CheckResult.Error(Kind, ReasonCode.AnchorLookupFailed, $"The registry could not be read: {lookup.Failure!.Message}"),
            _ => FromRecord(lookup.Record!),
        };
    }

    private CheckResult FromRecord(AnchorRecord record)
    {
        if (!record.Anchored)
        {
            return CheckResult.Invalid(Kind, ReasonCode.RootNotAnchored, string.Create(CultureInfo.InvariantCulture, $"The root was never anchored on this registry (as of block {record.AsOf.Number})."));
        }

        return record.ProofValid
            ? CheckResult.Valid(Kind, ReasonCode.RootAnchored, string.Create(CultureInfo.InvariantCulture, $"The root was anchored by {record.IssuerAddress} at {record.AnchoredAt:O}."))
            : CheckResult.Invalid(Kind, ReasonCode.ProofRejectedOnChain, "The root is anchored but the chain rejects this credential's Merkle path.");
    }
}
