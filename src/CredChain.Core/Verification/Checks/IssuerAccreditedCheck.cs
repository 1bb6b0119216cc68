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
        if (!record.IssuerAccreditedAtAnchoring)
        {
            return CheckResult.Invalid(Kind, ReasonCode.IssuerNotAccreditedAtAnchoring, $"{name} was not an accredited issuer when it anchored this credential.");
        }

        return record.IssuerActiveNow
            ? CheckResult.Valid(Kind, ReasonCode.IssuerAccredited, $"{name} was accredited when it anchored this credential and still is.")
            : CheckResult.Valid(Kind, ReasonCode.IssuerAccreditedThenInactive, $"{name} was accredited when it anchored this credential; it is no longer active, which does not affect credentials issued before.");
    }
}
