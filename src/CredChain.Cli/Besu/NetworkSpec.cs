namespace CredChain.Cli.Besu;

/// <summary>What the operator asked for: how many nodes, which chain, which accounts may transact.</summary>
internal sealed record NetworkSpec(
    int ValidatorCount,
    int RpcNodeCount,
    long ChainId,
    EthereumAddress Deployer,
    IReadOnlyList<EthereumAddress> Issuers,
    bool IsExample)
{
    public const int MaxValidators = 64;
    public const int MaxRpcNodes = 16;

    /// <summary>EIP-2294's bound on chain ids: floor(MAX_UINT64 / 2) - 36.</summary>
    public const long MaxChainId = (long)(ulong.MaxValue / 2 - 36);

    /// <summary>QBFT tolerates f faulty validators out of 3f + 1; fewer than 4 tolerate none.</summary>
    public const int ByzantineFaultTolerantMinimum = 4;
}
