using CredChain.Ethereum.Governance;
using CredChain.Ethereum.Registry.ContractDefinition;
using Nethereum.Util;

namespace CredChain.Ethereum.Registry;

/// <summary>The registry's answer about (root, targetHash, proof), from one <c>verify</c> call.</summary>
/// <param name="Anchored">Whether the root is anchored; when false every other member is empty.</param>
/// <param name="Issuer">The account that anchored the root (EIP-55 checksummed).</param>
/// <param name="AnchoredAt">Block time of the anchoring transaction.</param>
/// <param name="ProofValid">Whether the proof folds the target hash to the root.</param>
/// <param name="CredentialRevocation">The credential's own revocation, if any.</param>
/// <param name="BatchRevocation">The whole batch's revocation, if any.</param>
/// <param name="IssuerAccreditedAtAnchoring">Whether the issuer was accredited when it anchored the root.</param>
/// <param name="IssuerAccreditedNow">Whether the issuer is accredited at the block the call ran against.</param>
/// <param name="IssuerProfile">The issuer's display profile.</param>
public sealed record RootVerification(
    bool Anchored,
    string? Issuer,
    DateTimeOffset? AnchoredAt,
    bool ProofValid,
    Revocation? CredentialRevocation,
    Revocation? BatchRevocation,
    bool IssuerAccreditedAtAnchoring,
    bool IssuerAccreditedNow,
    IssuerProfile? IssuerProfile)
{
    /// <summary>The answer for a root that was never anchored.</summary>
    public static RootVerification NotAnchored { get; } = new(false, null, null, false, null, null, false, false, null);

    /// <summary>Revoked on its own or with its batch.</summary>
    public bool IsRevoked => CredentialRevocation is not null || BatchRevocation is not null;

    internal static RootVerification FromDto(VerificationDto dto)
    {
        if (!dto.Anchored)
        {
            return NotAnchored;
        }

        return new RootVerification(
            true,
            AddressUtil.Current.ConvertToChecksumAddress(dto.Issuer),
            UnixTime.ToDateTime(dto.AnchoredAt),
            dto.ProofValid,
            dto.CredentialRevokedAt == 0 ? null : new Revocation(UnixTime.ToDateTime(dto.CredentialRevokedAt), dto.CredentialRevocationReason),
            dto.BatchRevokedAt == 0 ? null : new Revocation(UnixTime.ToDateTime(dto.BatchRevokedAt), dto.BatchRevocationReason),
            dto.IssuerAccreditedAtAnchoring,
            dto.IssuerAccreditedNow,
            new IssuerProfile(dto.IssuerNameZh, dto.IssuerNameEn, dto.IssuerDomain));
    }
}
