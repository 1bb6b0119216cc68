namespace CredChain.Issuer.Certificates;

/// <summary>What one printed certificate says. Pairs are (Chinese, English); either may be empty.</summary>
internal sealed record CertificateContent(
    (string Zh, string En) Institution,
    (string Zh, string En) Holder,
    IReadOnlyList<(string Zh, string En)> Achievements,
    DateTimeOffset ValidFrom,
    DateTimeOffset? ValidUntil,
    Guid CredentialId,
    Uri QrLink,
    string? Code);
