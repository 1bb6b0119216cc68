namespace CredChain.Core.Verification;

/// <summary>An issuer's profile as registered by the consortium governor.</summary>
/// <param name="NameZh">Display name in Chinese.</param>
/// <param name="NameEn">Display name in English.</param>
/// <param name="Domain">The issuer's web domain.</param>
public sealed record IssuerProfile(string NameZh, string NameEn, string Domain);
