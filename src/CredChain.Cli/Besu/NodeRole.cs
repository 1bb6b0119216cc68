namespace CredChain.Cli.Besu;

internal enum NodeRole
{
    /// <summary>Signs QBFT blocks; its address is in the genesis <c>extraData</c>. No JSON-RPC outside its container.</summary>
    Validator = 0,

    /// <summary>Follows the chain and serves JSON-RPC to the issuing service, the portal and the deploy step.</summary>
    Rpc = 1,
}
