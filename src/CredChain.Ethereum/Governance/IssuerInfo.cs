using CredChain.Core.Verification;

namespace CredChain.Ethereum.Governance;

/// <summary>What the issuer registry knows about an account.</summary>
/// <param name="Address">The issuer account.</param>
/// <param name="Profile">Display profile (empty names for an unknown account).</param>
/// <param name="Current">The record in force now; null when the account was never accredited.</param>
public sealed record IssuerInfo(string Address, IssuerProfile Profile, AccreditationRecord? Current)
{
    /// <summary>Whether the account was ever accredited.</summary>
    public bool IsKnown => Current is not null;
}
