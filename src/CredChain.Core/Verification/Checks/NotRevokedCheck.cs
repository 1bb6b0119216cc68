using System.Globalization;

namespace CredChain.Core.Verification.Checks;

/// <summary>Neither the credential nor its batch may be revoked.</summary>
internal sealed class NotRevokedCheck : ICredentialCheck
{
    public CheckKind Kind => CheckKind.NotRevoked;

    public bool AppliesTo(VerificationContext context) => context.Document is not null;

    public async ValueTask<CheckResult> RunAsync(VerificationContext context, CancellationToken cancellationToken)
    {
        var lookup = await context.GetAnchorAsync(cancellationToken).ConfigureAwait(false);
        if (!lookup.IsConfirmed)
        {
            return CheckResult.Skipped(Kind, ReasonCode.SkippedAnchorUnavailable, "Revocation cannot be checked without a confirmed anchor.");
        }

        var record = lookup.Record!;
        if (record.CredentialRevocation is { } credential)
        {
            return CheckResult.Invalid(Kind, ReasonCode.CredentialRevoked, string.Create(CultureInfo.InvariantCulture, $"The issuer revoked this credential at {credential.RevokedAt:O} (reason {credential.ReasonCode})."));
        }

        if (record.BatchRevocation is { } batch)
        {
            return CheckResult.Invalid(Kind, ReasonCode.BatchRevoked, string.Create(CultureInfo.InvariantCulture, $"The issuer revoked this credential's batch at {batch.RevokedAt:O} (reason {batch.ReasonCode})."));
        }

        if (record.Checkpoint is { } checkpoint)
        {
            return CheckResult.Valid(Kind, ReasonCode.NotRevokedAsOfCheckpoint, string.Create(CultureInfo.InvariantCulture, $"Not revoked as of {checkpoint.Hub} checkpoint {checkpoint.Sequence}, member block {checkpoint.MemberBlock.Number}, {checkpoint.MemberBlock.Timestamp:O}; a revocation after that block is not yet known to the hub."));
        }

        return CheckResult.Valid(Kind, ReasonCode.NotRevoked, string.Create(CultureInfo.InvariantCulture, $"Not revoked as of block {record.AsOf.Number}."));
    }
}
