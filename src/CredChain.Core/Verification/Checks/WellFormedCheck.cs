namespace CredChain.Core.Verification.Checks;

/// <summary>The document parsed into the native format.</summary>
internal sealed class WellFormedCheck : ICredentialCheck
{
    public CheckKind Kind => CheckKind.WellFormed;

    public bool AppliesTo(VerificationContext context) => true;

    public ValueTask<CheckResult> RunAsync(VerificationContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(context.FormatError is { } error
            ? CheckResult.Invalid(Kind, ReasonCode.DocumentMalformed, $"The document is malformed ({error.Error}): {error.Message}")
            : CheckResult.Valid(Kind, ReasonCode.DocumentWellFormed, "The document is a well-formed credential."));
}
