namespace CredChain.Verifier.Verification;

/// <summary>The network a credential names and whether it is on the trust list.</summary>
internal sealed record NetworkInfo(long ChainId, string Registry, bool Trusted, string? NameZh, string? NameEn);
