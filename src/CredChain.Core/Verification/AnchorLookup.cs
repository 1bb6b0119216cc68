namespace CredChain.Core.Verification;

/// <summary>The result of looking a document's anchor up, shared by every chain-dependent check.</summary>
/// <param name="Outcome">How the lookup went.</param>
/// <param name="Record">The registry's answer, when <see cref="AnchorLookupOutcome.Answered"/>.</param>
/// <param name="Failure">What went wrong, when <see cref="AnchorLookupOutcome.Failed"/>.</param>
public sealed record AnchorLookup(AnchorLookupOutcome Outcome, AnchorRecord? Record, Exception? Failure)
{
    /// <summary>True when the root is anchored and the chain accepts the path: dependent checks can use <see cref="Record"/>.</summary>
    public bool IsConfirmed => Record is { Anchored: true, ProofValid: true };
}
