namespace CredChain.Verifier.Publications;

internal enum PublishOutcome
{
    Published,

    /// <summary>An id is taken by a holder's share or another publisher's: nothing was stored.</summary>
    Conflict,

    /// <summary>The live shares would exceed the store's caps: nothing was stored.</summary>
    StoreFull,
}
