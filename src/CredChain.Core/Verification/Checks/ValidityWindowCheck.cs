using System.Globalization;

namespace CredChain.Core.Verification.Checks;

/// <summary>Now (from the injected clock) must be within <c>validFrom</c> .. <c>validUntil</c>.</summary>
internal sealed class ValidityWindowCheck : ICredentialCheck
{
    public CheckKind Kind => CheckKind.ValidityWindow;

    public bool AppliesTo(VerificationContext context) => context.Document is not null;

    public ValueTask<CheckResult> RunAsync(VerificationContext context, CancellationToken cancellationToken)
    {
        var credential = context.Document!.Credential;
        var now = context.TimeProvider.GetUtcNow();
        CheckResult result;
        if (now < credential.ValidFrom)
        {
            result = CheckResult.Invalid(Kind, ReasonCode.NotYetValid, string.Create(CultureInfo.InvariantCulture, $"The credential is valid from {credential.ValidFrom:O}."));
        }
        else if (credential.ValidUntil is { } until && now > until)
        {
            result = CheckResult.Invalid(Kind, ReasonCode.Expired, string.Create(CultureInfo.InvariantCulture, $"The credential expired at {until:O}."));
        }
        else
        {
            result = CheckResult.Valid(Kind, ReasonCode.WithinValidityWindow, "The credential is within its validity period.");
        }

        return ValueTask.FromResult(result);
    }
}
