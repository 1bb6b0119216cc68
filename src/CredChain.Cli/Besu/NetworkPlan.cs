using System.Globalization;

namespace CredChain.Cli.Besu;

/// <summary>A concrete network: the spec plus a freshly generated key for every node.</summary>
internal sealed class NetworkPlan
{
    public const string ValidatorNamePrefix = "validator";
    public const string RpcNodeNamePrefix = "rpcnode";

    private NetworkPlan(NetworkSpec spec, IReadOnlyList<NetworkNode> nodes)
    {
        Spec = spec;
        Nodes = nodes;
    }

    public NetworkSpec Spec { get; }

    public IReadOnlyList<NetworkNode> Nodes { get; }

    public IEnumerable<NetworkNode> Validators => Nodes.Where(n => n.Role == NodeRole.Validator);

    /// <summary>The accounts allowed to send transactions: the deployer first, then each issuer once.</summary>
    public IReadOnlyList<EthereumAddress> AllowedAccounts => [.. new[] { Spec.Deployer }.Concat(Spec.Issuers).Distinct()];

    public static NetworkPlan Generate(NetworkSpec spec) => Create(spec, NodeKey.Generate);

    /// <summary>Builds the plan with keys from <paramref name="nextKey"/> (tests pass known keys).</summary>
    public static NetworkPlan Create(NetworkSpec spec, Func<NodeKey> nextKey)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(nextKey);

        var validators = Enumerable.Range(1, spec.ValidatorCount)
            .Select(i => new NetworkNode(Name(ValidatorNamePrefix, i), NodeRole.Validator, nextKey()));
        var rpcNodes = Enumerable.Range(1, spec.RpcNodeCount)
            .Select(i => new NetworkNode(Name(RpcNodeNamePrefix, i), NodeRole.Rpc, nextKey()));
        var nodes = validators.Concat(rpcNodes).ToList();

        if (nodes.Select(n => n.Key.Address).Distinct().Count() != nodes.Count)
        {
            throw new InvalidOperationException("Two nodes were given the same key.");
        }

        return new NetworkPlan(spec, nodes);
    }

    private static string Name(string prefix, int index) => prefix + index.ToString(CultureInfo.InvariantCulture);
}
