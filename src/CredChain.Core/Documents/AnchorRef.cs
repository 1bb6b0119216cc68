using CredChain.Core.Hashing;

namespace CredChain.Core.Documents;

/// <summary>Where a credential's Merkle root was anchored: the network, the registry contract, and the transaction.</summary>
/// <param name="ChainId">EIP-155 chain id of the network.</param>
/// <param name="Registry">Credential registry contract address (<c>0x</c> + 40 hex digits).</param>
/// <param name="TransactionHash">Hash of the <c>anchor(root)</c> transaction.</param>
/// <param name="BlockNumber">Block that included the transaction.</param>
public sealed record AnchorRef(long ChainId, string Registry, Hash32 TransactionHash, long BlockNumber);
