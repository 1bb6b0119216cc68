namespace CredChain.Relay.Following;

/// <summary>One member's state: its latest checkpoint on the hub, and the last step's error if it failed.</summary>
internal sealed record MemberState(long Sequence, long ToBlock, long BlockTime, string? LastError, long Anchored, long Failed);
