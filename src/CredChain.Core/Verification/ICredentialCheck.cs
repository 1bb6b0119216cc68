namespace CredChain.Core.Verification;

/// <summary>One independent verification check (oa-verify style).</summary>
public interface ICredentialCheck
{
    /// <summary>What this check verifies.</summary>
    CheckKind Kind { get; }

    /// <summary>True when the check applies to this document; otherwise the verifier records it as Skipped.</summary>
    bool AppliesTo(VerificationContext context);

    /// <summary>Runs the check. Exceptions are caught by the verifier and recorded as Error results.</summary>
    ValueTask<CheckResult> RunAsync(VerificationContext context, CancellationToken cancellationToken);
}
