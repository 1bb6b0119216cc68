namespace CredChain.Verifier.Verification;

/// <summary>The anchoring account's key was declared compromised as of <paramref name="Since"/>; <paramref name="AnchoredAfter"/> says whether this credential falls after it (void) or before (unaffected).</summary>
internal sealed record KeyCompromiseInfo(DateTimeOffset Since, bool AnchoredAfter);
