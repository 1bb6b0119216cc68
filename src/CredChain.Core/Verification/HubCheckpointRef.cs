namespace CredChain.Core.Verification;

/// <summary>The national hub checkpoint an answer about a member network comes from.</summary>
/// <param name="Hub">The hub's display name.</param>
/// <param name="Sequence">The checkpoint's sequence number on the hub.</param>
/// <param name="MemberBlock">The last member block the checkpoint covers, and its time: what the answer is current to.</param>
/// <param name="Refusal">Why the relay's answer was refused, if it was; the record then reports nothing as anchored.</param>
public sealed record HubCheckpointRef(string Hub, long Sequence, BlockRef MemberBlock, HubRefusal? Refusal = null);
