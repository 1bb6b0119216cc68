namespace CredChain.Testing.Verdicts;

/// <summary>The checks of a verdict as tests compare them, each <c>kind:status:code</c>, joined by <c> | </c>.</summary>
public static class ExpectedChecks
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

    /// <summary>Every check of a valid CredChain credential, except those in <paramref name="replaced"/> (matched by kind).</summary>
    public static string ValidExcept(params string[] replaced) =>
        string.Join(" | ", AllValid.Select(c => replaced.SingleOrDefault(r => r.Split(':')[0] == c.Split(':')[0]) ?? c));
}
