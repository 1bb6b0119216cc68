namespace CredChain.Core.Verification;

/// <summary>How the chain lookup for a document went.</summary>
public enum AnchorLookupOutcome
{
    /// <summary>The document carries no anchor, so nothing was looked up.</summary>
    NoAnchor = 1,

    /// <summary>The document names a network or registry this verifier does not trust.</summary>
    NetworkNotServed = 2,

    /// <summary>The registry answered.</summary>
    Answered = 3,

    /// <summary>The registry could not be read.</summary>
    Failed = 4,
}
