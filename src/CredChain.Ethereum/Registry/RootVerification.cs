using CredChain.Core.Verification;
using CredChain.Ethereum.Calls;
using Nethereum.Util;
using VerificationStruct = CredChain.Ethereum.Generated.CredentialRegistry.Verification;

namespace CredChain.Ethereum.Registry;

/// <summary>The registry's answer about (issuer, root, targetHash, proof), from one <c>verify</c> call.</summary>
/// <param name="Anchored">Whether the issuer anchored the root; when false every other member is empty.</param>
/// <param name="Issuer">The account that anchored the root (EIP-55 checksummed): the one asked about.</param>
/// <param name="AnchoredAt">Block time of the anchoring transaction.</param>
/// <param name="ProofValid">Whether the proof folds the target hash to the root.</param>
/// <param name="CredentialRevocation">The credential's own effective revocation, if any.</param>
/// <param name="BatchRevocation">The whole batch's effective revocation, if any.</param>
/// <param name="IssuerAccreditedAtAnchoring">Whether the issuer was accredited when it anchored the root.</param>
/// <param name="IssuerAccreditedNow">Whether the issuer is accredited at the block the call ran against.</param>
/// <param name="IssuerProfile">The display profile of the issuer's institution.</param>
/// <param name="KeyCompromisedSince">The instant the issuer's key was declared compromised as of; null when it was not.</param>
/// <param name="AnchoredAfterCompromise">Whether the root was anchored at or after <paramref name="KeyCompromisedSince"/>.</param>
/// <param name="Institution">The institution the issuer account belongs to.</param>
public sealed record RootVerification(
    bool Anchored,
    string? Issuer,
    DateTimeOffset? AnchoredAt,
    bool ProofValid,
    Revocation? CredentialRevocation,
    Revocation? BatchRevocation,
    bool IssuerAccreditedAtAnchoring,
    bool IssuerAccreditedNow,
    IssuerProfile? IssuerProfile,
    DateTimeOffset? KeyCompromisedSince,
    bool AnchoredAfterCompromise,
    uint Institution)
{
    /// <summary>The answer for a root the issuer never anchored.</summary>
    public static RootVerification NotAnchored { get; } = new(false, null, null, false, null, null, false, false, null, null, false, 0);

    /// <summary>Revoked on its own or with its batch.</summary>
    public bool IsRevoked => CredentialRevocation is not null || BatchRevocation is not null;

    internal static RootVerification FromDto(string issuer, VerificationStruct dto)
    {
        if (!dto.Anchored)
        {
            return NotAnchored;
        }

        return new RootVerification(
            true,
            AddressUtil.Current.ConvertToChecksumAddress(issuer),
            UnixTime.ToDateTime(dto.AnchoredAt),
            dto.ProofValid,
            dto.CredentialRevokedAt == 0 ? null : new Revocation(UnixTime.ToDateTime(dto.CredentialRevokedAt), dto.CredentialRevocationReason),
            dto.BatchRevokedAt == 0 ? null : new Revocation(UnixTime.ToDateTime(dto.BatchRevokedAt), dto.BatchRevocationReason),
            dto.IssuerAccreditedAtAnchoring,
            dto.IssuerAccreditedNow,
            new IssuerProfile(dto.IssuerNameZh, dto.IssuerNameEn, dto.IssuerDomain),
            UnixTime.ToOptionalDateTime(dto.IssuerKeyCompromisedSince),
            dto.AnchoredAfterCompromise,
            dto.Institution);
    }
}
