namespace CredChain.Core.Documents;

/// <summary>Member names of the <c>proof</c> object.</summary>
internal static class ProofNames
{
    public const string Type = "type";
    public const string Version = "version";
    public const string Salts = "salts";
    public const string HiddenLeaves = "hiddenLeaves";
    public const string TargetHash = "targetHash";
    public const string MerkleRoot = "merkleRoot";
    public const string MerklePath = "merklePath";
    public const string Anchor = "anchor";
    public const string ChainId = "chainId";
    public const string Registry = "registry";
    public const string TransactionHash = "transactionHash";
    public const string BlockNumber = "blockNumber";
}
