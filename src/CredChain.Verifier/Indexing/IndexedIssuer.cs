using CredChain.Ethereum.Governance;

namespace CredChain.Verifier.Indexing;

/// <summary>An issuer's latest profile and its full accreditation history, oldest first, as the governance events tell it.</summary>
internal sealed class IndexedIssuer
{
    public CredChain.Core.Verification.IssuerProfile Profile { get; set; } = new("", "", "");

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
