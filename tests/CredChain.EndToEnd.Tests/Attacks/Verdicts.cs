using CredChain.EndToEnd.Tests.Infrastructure;
using CredChain.Testing.Verdicts;

namespace CredChain.EndToEnd.Tests.Attacks;

/// <summary>Whole verdicts as the attack tests compare them: the status and every check as <c>kind:status:code</c>.</summary>
internal static class Verdicts
{
    /// <summary>The verdict with every check valid except those in <paramref name="replaced"/> (matched by kind).</summary>
    public static string Expect(string status, params string[] replaced) =>
        status + " | " + ExpectedChecks.ValidExcept(replaced);

    public static string Of(VerifyOutcome outcome) => outcome.Status + " | " + string.Join(" | ", outcome.Checks);

    public const string TargetHashMismatch = "integrity:invalid:targetHashMismatch";
    public const string NumberNotCanonical = "integrity:invalid:numberNotCanonical";
}
