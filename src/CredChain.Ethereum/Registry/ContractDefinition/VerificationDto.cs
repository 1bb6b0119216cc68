using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Registry.ContractDefinition;

/// <summary>The <c>Verification</c> struct of <c>CredentialRegistry</c>.</summary>
public sealed class VerificationDto
{
    [Parameter("bool", "anchored", 1)]
    public bool Anchored { get; set; }

    [Parameter("address", "issuer", 2)]
    public string Issuer { get; set; } = string.Empty;

    [Parameter("uint64", "anchoredAt", 3)]
    public ulong AnchoredAt { get; set; }

    [Parameter("bool", "proofValid", 4)]
    public bool ProofValid { get; set; }

    [Parameter("uint64", "credentialRevokedAt", 5)]
    public ulong CredentialRevokedAt { get; set; }

    [Parameter("uint8", "credentialRevocationReason", 6)]
    public byte CredentialRevocationReason { get; set; }

    [Parameter("uint64", "batchRevokedAt", 7)]
    public ulong BatchRevokedAt { get; set; }

    [Parameter("uint8", "batchRevocationReason", 8)]
    public byte BatchRevocationReason { get; set; }

    [Parameter("bool", "issuerAccreditedAtAnchoring", 9)]
    public bool IssuerAccreditedAtAnchoring { get; set; }

    [Parameter("bool", "issuerAccreditedNow", 10)]
    public bool IssuerAccreditedNow { get; set; }

    [Parameter("string", "issuerNameZh", 11)]
    public string IssuerNameZh { get; set; } = string.Empty;

    [Parameter("string", "issuerNameEn", 12)]
    public string IssuerNameEn { get; set; } = string.Empty;

    [Parameter("string", "issuerDomain", 13)]
    public string IssuerDomain { get; set; } = string.Empty;
}
