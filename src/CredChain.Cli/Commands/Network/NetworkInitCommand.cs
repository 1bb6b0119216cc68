using System.CommandLine;
using CredChain.Cli.Besu;
using CredChain.Cli.Infrastructure;
using CredChain.Ethereum.Keys;
using Spectre.Console;

namespace CredChain.Cli.Commands.Network;

/// <summary>
/// <c>credchain network init</c>: node keys, QBFT genesis, static nodes and allowlists for a new network.
/// </summary>
internal sealed class NetworkInitCommand : Command
{
    private const string Examples = """

        Examples:
          credchain network init --chain-id 20250 --deployer 0x5B38Da6a701c568545dCfcB03FcB875f56beddC4
          credchain network init --validators 4 --rpc-nodes 1 --chain-id 20250 --out deploy/besu \
            --deployer 0x5B38Da6a701c568545dCfcB03FcB875f56beddC4 --issuer 0xAb8483F64d9C6d1EcF9b849Ae677dD3315835cb2
        """;

    private readonly Option<int> _validators = new("--validators")
    {
        Description = $"Number of QBFT validators (1-{NetworkSpec.MaxValidators}; 4 or more tolerate a faulty one).",
        DefaultValueFactory = _ => 4,
        CustomParser = RangeOptionParser.Int32(1, NetworkSpec.MaxValidators),
    };

    private readonly Option<int> _rpcNodes = new("--rpc-nodes")
    {
        Description = $"Number of non-validating RPC nodes that serve the services (0-{NetworkSpec.MaxRpcNodes}).",
        DefaultValueFactory = _ => 1,
        CustomParser = RangeOptionParser.Int32(0, NetworkSpec.MaxRpcNodes),
    };

    private readonly Option<long> _chainId = new("--chain-id")
    {
        Description = "EIP-155 chain id of the new network; pick one no public network uses.",
        Required = true,
        CustomParser = RangeOptionParser.Int64(1, NetworkSpec.MaxChainId),
    };

    private readonly Option<DirectoryInfo> _out = new("--out")
    {
        Description = "Folder to write the network into.",
        DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("deploy", "besu")),
    };

    private readonly Option<EthereumAddress> _deployer = new("--deployer")
    {
        Description = "Account that deploys the contracts and governs them: funded in the genesis and allowlisted.",
        Required = true,
        CustomParser = AddressOptionParser.ParseOne,
    };

    private readonly Option<EthereumAddress[]> _issuers = new("--issuer")
    {
        Description = "Issuer account allowed to transact (anchor, revoke). Repeat for several issuers.",
        CustomParser = AddressOptionParser.ParseMany,
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<bool> _example = new("--example")
    {
        Description = "Mark the output as an example network whose keys must never be used (README and marker files).",
    };

    private readonly Option<bool> _force = new("--force")
    {
        Description = "Replace node keys that already exist in the output folder.",
    };

    public NetworkInitCommand()
        : base("init", "Generate node keys, a QBFT genesis, static-nodes.json and permissions_config.toml for a new network." + Examples)
    {
        Options.Add(_validators);
        Options.Add(_rpcNodes);
        Options.Add(_chainId);
        Options.Add(_out);
        Options.Add(_deployer);
        Options.Add(_issuers);
        Options.Add(_example);
        Options.Add(_force);
        SetAction(Execute);
    }

    private int Execute(ParseResult parseResult)
    {
        var spec = new NetworkSpec(
            parseResult.GetValue(_validators),
            parseResult.GetValue(_rpcNodes),
            parseResult.GetValue(_chainId),
            parseResult.GetValue(_deployer),
            parseResult.GetValue(_issuers) ?? [],
            parseResult.GetValue(_example));
        var output = parseResult.GetRequiredValue(_out).FullName;
        var force = parseResult.GetValue(_force);
        var error = parseResult.InvocationConfiguration.Error;

        var existingKeys = NetworkWriter.ExistingKeyFiles(output);
        if (existingKeys.Count > 0 && !force)
        {
            error.WriteLine(
                $"error: {output} already holds node keys ({string.Join(", ", existingKeys)}). " +
                "A network's node keys are its identity, so they are not replaced by accident. " +
                "Pass --force to generate new ones (the old keys are deleted; back them up first if they matter).");
            return ExitCodes.Failure;
        }

        var plan = NetworkPlan.Generate(spec);
        IReadOnlyList<string> written;
        try
        {
            written = NetworkWriter.Write(plan, output, replaceExistingNodes: force);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: could not write the network to {output}: {ex.Message}");
            return ExitCodes.Failure;
        }

        foreach (var warning in Warnings(plan))
        {
            error.WriteLine($"warning: {warning}");
        }

        Report(CliConsole.Output(parseResult), plan, output, written.Count);
        return ExitCodes.Success;
    }

    private static IEnumerable<string> Warnings(NetworkPlan plan)
    {
        var spec = plan.Spec;
        if (spec.ValidatorCount < NetworkSpec.ByzantineFaultTolerantMinimum)
        {
            yield return $"{spec.ValidatorCount} validator(s) tolerate no faulty validator; QBFT needs {NetworkSpec.ByzantineFaultTolerantMinimum} or more for that.";
        }

        if (spec.RpcNodeCount == 0)
        {
            yield return "no RPC node: the services need one (docker-compose.yml connects to rpcnode1).";
        }

        if (!spec.IsExample)
        {
            foreach (var account in plan.AllowedAccounts)
            {
                switch (ExampleKeys.FindByAddress(account.Lowercase))
                {
                    case { Kind: ExampleKeyKind.AnvilDevAccount }:
                        yield return $"{account} is one of anvil's well-known dev accounts: its private key is public.";
                        break;
                    case { } known:
                        yield return $"{account} belongs to {known.Description}: its private key is public.";
                        break;
                }
            }
        }
    }

    private static void Report(IAnsiConsole console, NetworkPlan plan, string output, int fileCount)
    {
        var table = new Table().AddColumns("Node", "Role", "Address");
        foreach (var node in plan.Nodes)
        {
            table.AddRow(node.Name, node.Role == NodeRole.Validator ? "validator" : "rpc", node.Key.Address.Checksummed);
        }

        console.Write(table);
        console.MarkupLineInterpolated($"Wrote {fileCount} files for chain id {plan.Spec.ChainId} to [bold]{output}[/].");
        console.MarkupLineInterpolated($"Private keys are in {Path.Combine(output, NetworkLayout.NodesDirectory)}/*/{NetworkLayout.NodeKeyFile}: keep them off version control and back them up.");
        if (plan.Spec.IsExample)
        {
            console.MarkupLine("[yellow]Marked as an EXAMPLE: these keys must never run a real network.[/]");
        }
    }
}
