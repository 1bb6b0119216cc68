namespace CredChain.Verifier.Verification;

/// <summary>The issuer as the document names it and, once anchored, as the governance registry accredits it.</summary>
internal sealed record VerdictIssuer(string Id, string NameInDocument, string? Address, string? NameZh, string? NameEn, string? Domain);
