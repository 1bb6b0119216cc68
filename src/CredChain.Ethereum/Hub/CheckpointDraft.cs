namespace CredChain.Ethereum.Hub;

/// <summary>A checkpoint as a relay posts it.</summary>
/// <param name="Member">The member network's registry.</param>
/// <param name="FromBlock">First member block covered.</param>
/// <param name="ToBlock">Last member block covered.</param>
/// <param name="Root">The checkpoint root (32 bytes; zeros when the range held no event).</param>
/// <param name="SourceBlockHash">Hash of member block <paramref name="ToBlock"/> (32 bytes).</param>
/// <param name="SourceBlockTime">Timestamp of member block <paramref name="ToBlock"/> (Unix seconds).</param>
public sealed record CheckpointDraft(MemberRef Member, ulong FromBlock, ulong ToBlock, byte[] Root, byte[] SourceBlockHash, ulong SourceBlockTime);
