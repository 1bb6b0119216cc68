using System.Globalization;

namespace CredChain.Core.Verification.Checks;

/// <summary>The issuer DID must name the chain of the anchor and the account that anchored the root.</summary>
internal sealed class IssuerIdentityCheck : ICredentialCheck
{
    public CheckKind Kind => CheckKind.IssuerIdentity;

    public bool AppliesTo(VerificationContext context) => context.Document is not null;

    public async ValueTask<CheckResult> RunAsync(VerificationContext context, CancellationToken cancellationToken)
    {
        var lookup = await context.GetAnchorAsync(cancellationToken).ConfigureAwait(false);
        if (lookup.Record is { Anchored: false, AnchoredByAnotherAccount: { } other })
        {
            // Roots are keyed by account: the named account has no such root, but another account anchored it.
            var named = context.Document!.Credential.Issuer;
            return CheckResult.Invalid(Kind, ReasonCode.IssuerAddressMismatch, $"The issuer DID names {named.Address} but the root was anchored by {other}.");
        }

        if (!lookup.IsConfirmed)
        {
            return CheckResult.Skipped(Kind, ReasonCode.SkippedAnchorUnavailable, "The issuer cannot be compared without a confirmed anchor.");
        }

        var issuer = context.Document!.Credential.Issuer;
        var anchor = context.Document.Proof.Anchor!;
        if (issuer.ChainId != anchor.ChainId)
        {
            return CheckResult.Invalid(Kind, ReasonCode.IssuerChainMismatch, string.Create(CultureInfo.InvariantCulture, $"The issuer DID names chain {issuer.ChainId} but the credential was anchored on chain {anchor.ChainId}."));
        }

        var anchoredBy = lookup.Record!.IssuerAddress;
        return string.Equals(issuer.Address, anchoredBy, StringComparison.OrdinalIgnoreCase)
            ? CheckResult.Valid(Kind, ReasonCode.IssuerMatchesAnchor, $"The issuer {issuer.Id} anchored this credential.")
            : CheckResult.Invalid(Kind, ReasonCode.IssuerAddressMismatch, $"The issuer DID names {issuer.Address} but the root was anchored by {anchoredBy}.");
    }
}
