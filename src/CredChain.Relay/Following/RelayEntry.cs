using CredChain.Core.Checkpoints;

namespace CredChain.Relay.Following;

/// <summary>A checkpoint entry with the lookup columns the relay stores beside it.</summary>
internal sealed record RelayEntry(CheckpointEntry Entry, string Subject, string? Root = null, string? TargetHash = null, string? Other = null, string? Texts = null);
