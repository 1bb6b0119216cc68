namespace CredChain.Verifier.Shares;

internal enum ShareCreateOutcome
{
    Created,

    /// <summary>A share with this id exists (or is remembered as expired).</summary>
    Exists,

    /// <summary>The live shares are at the configured total size or count.</summary>
    StoreFull,
}
