namespace CredChain.Ethereum.Governance;

/// <summary>How an issuer is displayed to verifiers.</summary>
/// <param name="NameZh">Chinese display name.</param>
/// <param name="NameEn">English display name.</param>
/// <param name="Domain">Internet domain the issuer is known by (may be empty).</param>
public sealed record IssuerProfile(string NameZh, string NameEn, string Domain);
