using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Registry.ContractDefinition;

/// <summary>The <c>Verification</c> struct of <c>CredentialRegistry</c>.</summary>
public sealed class VerificationDto
{
    [Parameter("bool", "anchored", 1)]
    public bool Anchored { get; set; }

    [Parameter("uint64", "anchoredAt", 2)]
    public ulong AnchoredAt { get; set; }

    [Parameter("bool", "proofValid", 3)]
    public bool ProofValid { get; set; }

    [Parameter("uint64", "credentialRevokedAt", 4)]
    public ulong CredentialRevokedAt { get; set; }

    [Parameter("uint8", "credentialRevocationReason", 5)]
    public byte CredentialRevocationReason { get; set; }

    [Parameter("uint64", "batchRevokedAt", 6)]
    public ulong BatchRevokedAt { get; set; }

    [Parameter("uint8", "batchRevocationReason", 7)]
    public byte BatchRevocationReason { get; set; }

    [Parameter("bool", "issuerAccreditedAtAnchoring", 8)]
    public bool IssuerAccreditedAtAnchoring { get; set; }

    [Parameter("bool", "issuerAccreditedNow", 9)]
    public bool IssuerAccreditedNow { get; set; }

    [Parameter("uint64", "issuerKeyCompromisedSince", 10)]
    public ulong IssuerKeyCompromisedSince { get; set; }

    [Parameter("bool", "anchoredAfterCompromise", 11)]
    public bool AnchoredAfterCompromise { get; set; }

    [Parameter("uint32", "institution", 12)]
    public uint Institution { get; set; }

    [Parameter("string", "issuerNameZh", 13)]
    public string IssuerNameZh { get; set; } = string.Empty;

    [Parameter("string", "issuerNameEn", 14)]
    public string IssuerNameEn { get; set; } = string.Empty;

    [Parameter("string", "issuerDomain", 15)]
    public string IssuerDomain { get; set; } = string.Empty;
}
