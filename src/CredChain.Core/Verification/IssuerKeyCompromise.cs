namespace CredChain.Core.Verification;

/// <summary>The consortium declared the anchoring account's key compromised (stolen) as of <paramref name="Since"/>.</summary>
/// <param name="Since">The earliest instant the key may have been in a thief's hands, as the governance declared it.</param>
/// <param name="RootAnchoredAfter">The root was anchored at or after <paramref name="Since"/>: it may be forged and is void.</param>
public sealed record IssuerKeyCompromise(DateTimeOffset Since, bool RootAnchoredAfter);
