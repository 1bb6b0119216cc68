using CredChain.Ethereum.Governance;

namespace CredChain.Verifier.Indexing;

/// <summary>
/// An issuer account as the governance events tell it: its institution, its full accreditation history (oldest first)
/// and the instant its key was declared compromised as of.
/// </summary>
internal sealed class IndexedIssuer
{
    /// <summary>The institution the account belongs to (its profile is the institution's).</summary>
    public uint Institution { get; set; }

    /// <summary>The instant the key was declared compromised as of; null while it was not.</summary>
    public DateTimeOffset? CompromisedSince { get; set; }

    public List<AccreditationRecord> History { get; } = [];

    /// <summary>The contract's <c>isAccreditedAt</c>: the last record in force at <paramref name="instant"/> decides.</summary>
    public bool AccreditedAt(DateTimeOffset instant)
    {
        for (var i = History.Count - 1; i >= 0; i--)
        {
            if (History[i].Since <= instant)
            {
                return History[i].Accredits(instant);
            }
        }

        return false;
    }
}
