namespace CredChain.Issuer.Import;

/// <summary>JSON member names of an issuance request (single POST body and NDJSON row alike).</summary>
internal static class RequestFields
{
    public const string Issuer = "issuer";
    public const string Type = "type";
    public const string ValidFrom = "validFrom";
    public const string ValidUntil = "validUntil";
    public const string CredentialSubject = "credentialSubject";
}
