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
        if (record.Checkpoint is { Refusal: { } refusal } refused)
        {
            return Refused(refused, refusal);
        }

        if (!record.Anchored)
        {
            return record.AnchoredByAnotherAccount is { } other
                ? CheckResult.Invalid(Kind, ReasonCode.RootAnchoredByAnotherAccount, string.Create(CultureInfo.InvariantCulture, $"The issuer's account {context.Document!.Credential.Issuer.Address} never anchored this root; {other} did (as of block {record.AsOf.Number})."))
                : CheckResult.Invalid(Kind, ReasonCode.RootNotAnchored, string.Create(CultureInfo.InvariantCulture, $"The root was never anchored on this registry by the issuer's account (as of block {record.AsOf.Number})."));
        }

        if (record.ProofValid && record.Checkpoint is { } checkpoint)
        {
            return CheckResult.Valid(Kind, ReasonCode.RootAnchoredViaHub, string.Create(CultureInfo.InvariantCulture, $"The root was anchored by {record.IssuerAddress} at {record.AnchoredAt:O} in member block {record.AnchoredInBlock}, proven through {checkpoint.Hub} checkpoint {checkpoint.Sequence} (member block {checkpoint.MemberBlock.Number}, {checkpoint.MemberBlock.Timestamp:O})."));
        }

        return record.ProofValid
            ? CheckResult.Valid(Kind, ReasonCode.RootAnchored, string.Create(CultureInfo.InvariantCulture, $"The root was anchored by {record.IssuerAddress} at {record.AnchoredAt:O}."))
            : CheckResult.Invalid(Kind, ReasonCode.ProofRejectedOnChain, "The root is anchored but the chain rejects this credential's Merkle path.");
    }

    private CheckResult Refused(HubCheckpointRef checkpoint, HubRefusal refusal) => refusal switch
    {
        HubRefusal.RelayNotAccepted => CheckResult.Invalid(Kind, ReasonCode.HubRelayNotAccepted, string.Create(CultureInfo.InvariantCulture, $"{checkpoint.Hub} checkpoint {checkpoint.Sequence} was posted by a relay this verifier does not accept.")),
        HubRefusal.MemberUnknown => CheckResult.Invalid(Kind, ReasonCode.HubMemberUnknown, $"{checkpoint.Hub} holds no checkpoint of this member network."),
        _ => CheckResult.Invalid(Kind, ReasonCode.HubProofRejected, string.Create(CultureInfo.InvariantCulture, $"A relay's proof does not match {checkpoint.Hub} checkpoint {checkpoint.Sequence}: forged, replayed or about another event.")),
    };
}
