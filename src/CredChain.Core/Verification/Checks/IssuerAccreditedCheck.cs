using System.Globalization;

namespace CredChain.Core.Verification.Checks;

/// <summary>The anchoring account must have been accredited when it anchored the root.</summary>
internal sealed class IssuerAccreditedCheck : ICredentialCheck
{
    public CheckKind Kind => CheckKind.IssuerAccredited;

    public bool AppliesTo(VerificationContext context) => context.Document is not null;

    public async ValueTask<CheckResult> RunAsync(VerificationContext context, CancellationToken cancellationToken)
    {
        var lookup = await context.GetAnchorAsync(cancellationToken).ConfigureAwait(false);
        if (!lookup.IsConfirmed)
        {
            return CheckResult.Skipped(Kind, ReasonCode.SkippedAnchorUnavailable, "Accreditation cannot be checked without a confirmed anchor.");
        }

        var record = lookup.Record!;
        var name = record.Issuer is { } profile ? $"{profile.NameEn} ({profile.Domain})" : record.IssuerAddress;
        if (record.KeyCompromise is { RootAnchoredAfter: true } stolen)
        {
            return CheckResult.Invalid(Kind, ReasonCode.IssuerKeyCompromised, string.Create(CultureInfo.InvariantCulture, $"The key of {record.IssuerAddress} ({name}) was declared compromised as of {stolen.Since:O}; this credential was anchored after that, at {record.AnchoredAt:O}, so it may be forged."));
        }

        if (!record.IssuerAccreditedAtAnchoring)
        {
            return CheckResult.Invalid(Kind, ReasonCode.IssuerNotAccreditedAtAnchoring, $"{name} was not an accredited issuer when it anchored this credential.");
        }

        if (record.KeyCompromise is { } later)
        {
            return CheckResult.Valid(Kind, ReasonCode.IssuerKeyCompromisedLater, string.Create(CultureInfo.InvariantCulture, $"{name} was accredited when it anchored this credential at {record.AnchoredAt:O}; the key of {record.IssuerAddress} was declared compromised as of {later.Since:O}, later than that, so this credential is not affected."));
        }

        return record.IssuerActiveNow
            ? CheckResult.Valid(Kind, ReasonCode.IssuerAccredited, $"{name} was accredited when it anchored this credential and still is.")
            : CheckResult.Valid(Kind, ReasonCode.IssuerAccreditedThenInactive, $"{name} was accredited when it anchored this credential; it is no longer active, which does not affect credentials issued before.");
    }
}
