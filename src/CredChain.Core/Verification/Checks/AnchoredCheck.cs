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
            _ => FromRecord(context, lookup.Record!),
        };
    }

    private CheckResult FromRecord(VerificationContext context, AnchorRecord record)
    {
        if (!record.Anchored)
        {
            return record.AnchoredByAnotherAccount is { } other
                ? CheckResult.Invalid(Kind, ReasonCode.RootAnchoredByAnotherAccount, string.Create(CultureInfo.InvariantCulture, $"The issuer's account {context.Document!.Credential.Issuer.Address} never anchored this root; {other} did (as of block {record.AsOf.Number})."))
                : CheckResult.Invalid(Kind, ReasonCode.RootNotAnchored, string.Create(CultureInfo.InvariantCulture, $"The root was never anchored on this registry by the issuer's account (as of block {record.AsOf.Number})."));
        }

        return record.ProofValid
            ? CheckResult.Valid(Kind, ReasonCode.RootAnchored, string.Create(CultureInfo.InvariantCulture, $"The root was anchored by {record.IssuerAddress} at {record.AnchoredAt:O}."))
            : CheckResult.Invalid(Kind, ReasonCode.ProofRejectedOnChain, "The root is anchored but the chain rejects this credential's Merkle path.");
    }
}
