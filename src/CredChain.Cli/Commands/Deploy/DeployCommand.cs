using System.CommandLine;
using System.Text.Json;
using CredChain.Cli.Besu;
using CredChain.Cli.Chain;
using CredChain.Cli.Commands.Network;
using CredChain.Cli.Infrastructure;
using CredChain.Ethereum.Deployment;

namespace CredChain.Cli.Commands.Deploy;

/// <summary><c>credchain deploy</c>: the issuer registry and the credential registry, on any JSON-RPC node.</summary>
internal sealed class DeployCommand : Command
{
    private const string Examples = """

        Examples:
          credchain deploy --rpc http://127.0.0.1:8545 --key-env DEPLOYER_KEY --chain-id 1337 --out contracts.json
          credchain deploy --rpc-url http://rpcnode1:8545 --chain-id 20250 --keystore deployer.json --password-env DEPLOYER_KEYSTORE_PASSWORD \
            --env-out /run/credchain/contracts.env
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Option<Uri> _rpc = ChainCommandOptions.Rpc();
    private readonly Option<long?> _chainId = ChainCommandOptions.ChainId("Chain id the node must report; deployment is refused on a mismatch.");
    private readonly SignerOptions _signer = new("deployer");

    private readonly Option<EthereumAddress?> _governor = new("--governor")
    {
        Description = "Account that administers the issuer registry and accredits issuers (default: the deployer).",
        CustomParser = result => AddressOptionParser.ParseOne(result),
    };

    private readonly Option<FileInfo> _out = new("--out") { Description = "Write the addresses as JSON (read by accredit/suspend/reinstate --contracts)." };

    private readonly Option<FileInfo> _envOut = new("--env-out") { Description = "Write the addresses as a dotenv file (CREDCHAIN_CHAIN_ID, CREDCHAIN_ISSUER_REGISTRY, ...), as docker-compose.yml sources it." };

    private readonly Option<bool> _json = new("--json") { Description = "Print the deployment as JSON." };

    public DeployCommand()
        : base("deploy", "Deploy the issuer registry and the credential registry, and print their addresses." + Examples)
    {
        Options.Add(_rpc);
        Options.Add(_chainId);
        _signer.AddTo(this);
        Options.Add(_governor);
        Options.Add(_out);
        Options.Add(_envOut);
        Options.Add(_json);
        SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(parseResult, () => ExecuteAsync(parseResult, cancellationToken)));
    }

    private async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var connection = await ChainConnection.OpenAsync(parseResult.GetRequiredValue(_rpc), parseResult.GetValue(_chainId), cancellationToken).ConfigureAwait(false);
        var deployer = _signer.Resolve(parseResult, connection);
        var governor = parseResult.GetValue(_governor)?.Checksummed ?? deployer.Address;
        var deployment = await RegistryDeployer.DeployAsync(connection.Transactions, deployer, governor, cancellationToken).ConfigureAwait(false);
        var record = new DeploymentRecord(
            connection.ChainId, deployment.IssuerRegistryAddress, deployment.CredentialRegistryAddress, (long)deployment.IssuerRegistryReceipt.BlockNumber.Value);
        if (parseResult.GetValue(_out) is { } outFile)
        {
            record.Write(outFile.FullName);
        }

        if (parseResult.GetValue(_envOut) is { } envOut)
        {
            Directory.CreateDirectory(envOut.DirectoryName!);
            await File.WriteAllTextAsync(envOut.FullName, record.ToDotenv(), cancellationToken).ConfigureAwait(false);
        }

        var output = parseResult.InvocationConfiguration.Output;
        var text = parseResult.GetValue(_json)
            ? JsonSerializer.Serialize(new { record.ChainId, record.IssuerRegistry, record.CredentialRegistry, record.DeploymentBlock, governor }, Json)
            : $"""
                Deployed on chain {record.ChainId} (block {record.DeploymentBlock}), governor {governor}:
                  IssuerRegistry      {record.IssuerRegistry}
                  CredentialRegistry  {record.CredentialRegistry}
                """;
        await output.WriteLineAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
