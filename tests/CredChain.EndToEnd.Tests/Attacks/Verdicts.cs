using CredChain.EndToEnd.Tests.Infrastructure;

namespace CredChain.EndToEnd.Tests.Attacks;

/// <summary>Whole verdicts as the attack tests compare them: the status and every check as <c>kind:status:code</c>.</summary>
internal static class Verdicts
{
    private static readonly string[] AllValid =
    [
        "wellFormed:valid:documentWellFormed",
        "integrity:valid:targetHashMatches",
        "merklePath:valid:merklePathValid",
        "anchored:valid:rootAnchored",
        "issuerIdentity:valid:issuerMatchesAnchor",
        "notRevoked:valid:notRevoked",
        "issuerAccredited:valid:issuerAccredited",
        "validityWindow:valid:withinValidityWindow",
    ];

    /// <summary>The verdict with every check valid except those in <paramref name="replaced"/> (matched by kind).</summary>
    public static string Expect(string status, params string[] replaced) =>
        status + " | " + string.Join(" | ", AllValid.Select(c => replaced.SingleOrDefault(r => r.Split(':')[0] == c.Split(':')[0]) ?? c));

    public static string Of(VerifyOutcome outcome) => outcome.Status + " | " + string.Join(" | ", outcome.Checks);

    public const string TargetHashMismatch = "integrity:invalid:targetHashMismatch";
    public const string NumberNotCanonical = "integrity:invalid:numberNotCanonical";
}
