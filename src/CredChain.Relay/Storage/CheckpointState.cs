namespace CredChain.Relay.Storage;

/// <summary>Where a built checkpoint stands. Stored as its value: never renumber.</summary>
internal enum CheckpointState
{
    /// <summary>Built and its hub transaction signed and stored; it may or may not have been sent.</summary>
    Signed = 1,

    /// <summary>On the hub (the hub's checkpoint of this sequence is this range and root).</summary>
    Anchored = 2,
}
