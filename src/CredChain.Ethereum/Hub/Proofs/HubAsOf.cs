namespace CredChain.Ethereum.Hub.Proofs;

/// <summary>The checkpoint an answer is current to.</summary>
/// <param name="Sequence">Its sequence number on the hub.</param>
/// <param name="ToBlock">The last member block it covers.</param>
/// <param name="BlockTime">That block's time (Unix seconds).</param>
public sealed record HubAsOf(ulong Sequence, ulong ToBlock, long BlockTime);
