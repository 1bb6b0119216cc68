namespace CredChain.Core.Verification;

/// <summary>The outcome of one check: its kind, status, a stable reason code and an English message.</summary>
/// <param name="Kind">What was checked.</param>
/// <param name="Status">Valid, Invalid, Error or Skipped.</param>
/// <param name="Reason">Stable code; the portal localizes by it.</param>
/// <param name="Message">English explanation, with specifics (dates, addresses) where useful.</param>
public sealed record CheckResult(CheckKind Kind, CheckStatus Status, ReasonCode Reason, string Message)
{
    /// <summary>A Valid result.</summary>
    public static CheckResult Valid(CheckKind kind, ReasonCode reason, string message) => new(kind, CheckStatus.Valid, reason, message);

    /// <summary>An Invalid result.</summary>
    public static CheckResult Invalid(CheckKind kind, ReasonCode reason, string message) => new(kind, CheckStatus.Invalid, reason, message);

    /// <summary>An Error result.</summary>
    public static CheckResult Error(CheckKind kind, ReasonCode reason, string message) => new(kind, CheckStatus.Error, reason, message);

    /// <summary>A Skipped result.</summary>
    public static CheckResult Skipped(CheckKind kind, ReasonCode reason, string message) => new(kind, CheckStatus.Skipped, reason, message);
}
