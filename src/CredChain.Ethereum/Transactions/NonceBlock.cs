namespace CredChain.Ethereum.Transactions;

/// <summary>Which state an account's nonce is read from.</summary>
public enum NonceBlock
{
    /// <summary>Counts transactions still in the node's pool: the next nonce to use.</summary>
    Pending = 0,

    /// <summary>Counts mined transactions only.</summary>
    Latest = 1,
}
