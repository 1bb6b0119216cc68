using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CredChain.Cli.Besu;

/// <summary>Besu genesis file for a QBFT, free-gas, permissioned network.</summary>
internal static class QbftGenesis
{
    public const int BlockPeriodSeconds = 2;

    /// <summary>Votes are discarded every epoch; 30000 blocks at 2 s is about 17 hours.</summary>
    public const int EpochLength = 30000;

    /// <summary>Besu recommends twice the block period to start with.</summary>
    public const int RequestTimeoutSeconds = 4;

    /// <summary>Besu's fixed BFT mix hash ("Istanbul practical byzantine fault tolerance").</summary>
    public const string BftMixHash = "0x63746963616c2062797a616e74696e65206661756c7420746f6c6572616e6365";

    /// <summary>Gas is free, so the block gas limit only bounds work per block: Besu's documented free-gas value.</summary>
    public const string GasLimit = "0x1fffffffffffff";

    /// <summary>Free gas: contracts are not size-limited (Besu's documented maximum).</summary>
    public const int ContractSizeLimit = int.MaxValue;

    /// <summary>One million ether for the deployer: gas is free, but pre-crafted transactions may still want a balance.</summary>
    public static readonly BigInteger DeployerBalanceWei = BigInteger.Pow(10, 24);

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static readonly string[] BlockForks =
    [
        "homesteadBlock", "eip150Block", "eip155Block", "eip158Block", "byzantiumBlock",
        "constantinopleBlock", "petersburgBlock", "istanbulBlock", "berlinBlock", "londonBlock",
    ];

    private static readonly string[] TimeForks = ["shanghaiTime", "cancunTime"];

    public static string Create(NetworkPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);

        var config = new JsonObject { ["chainId"] = plan.Spec.ChainId };
        foreach (var fork in BlockForks)
        {
            config[fork] = 0;
        }

        foreach (var fork in TimeForks)
        {
            config[fork] = 0;
        }

        // London brings a base fee; with it, free gas needs a zero base fee on every node.
        config["zeroBaseFee"] = true;
        config["contractSizeLimit"] = ContractSizeLimit;
        config["qbft"] = new JsonObject
        {
            ["blockperiodseconds"] = BlockPeriodSeconds,
            ["epochlength"] = EpochLength,
            ["requesttimeoutseconds"] = RequestTimeoutSeconds,
        };

        var genesis = new JsonObject
        {
            ["config"] = config,
            ["nonce"] = "0x0",
            ["timestamp"] = "0x0",
            ["extraData"] = QbftExtraData.ForGenesis([.. plan.Validators.Select(v => v.Key.Address)]).ToHex(),
            ["gasLimit"] = GasLimit,
            ["difficulty"] = "0x1",
            ["mixHash"] = BftMixHash,
            ["coinbase"] = "0x0000000000000000000000000000000000000000",
            ["alloc"] = new JsonObject
            {
                [plan.Spec.Deployer.Lowercase] = new JsonObject
                {
                    ["balance"] = "0x" + DeployerBalanceWei.ToString("x", CultureInfo.InvariantCulture).TrimStart('0'),
                },
            },
        };

        return genesis.ToJsonString(Indented) + "\n";
    }
}
