using Nethereum.Util;

namespace CredChain.Ethereum.Governance;

/// <summary>AccessControl role identifiers of the issuer registry.</summary>
public static class GovernanceRoles
{
    /// <summary>Administers every role (grants and revokes governors).</summary>
    public static byte[] DefaultAdmin => new byte[32];

    /// <summary>Accredits, suspends and reinstates issuers: <c>keccak256("GOVERNOR_ROLE")</c>.</summary>
    public static byte[] Governor => Sha3Keccack.Current.CalculateHash("GOVERNOR_ROLE"u8.ToArray());
}
