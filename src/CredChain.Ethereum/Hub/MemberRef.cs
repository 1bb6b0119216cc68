namespace CredChain.Ethereum.Hub;

/// <summary>A member network's credential registry: the hub's key for its checkpoints.</summary>
/// <param name="ChainId">The member network's chain id.</param>
/// <param name="Registry">The member's <c>CredentialRegistry</c> address.</param>
public sealed record MemberRef(ulong ChainId, string Registry)
{
    /// <inheritdoc />
    public override string ToString() => $"{ChainId}:{Registry}";
}
