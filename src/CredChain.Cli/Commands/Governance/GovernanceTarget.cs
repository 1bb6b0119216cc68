using System.CommandLine;
using CredChain.Cli.Besu;
using CredChain.Cli.Chain;
using CredChain.Cli.Commands.Network;
using CredChain.Cli.Infrastructure;
using CredChain.Ethereum.Governance;
using Nethereum.Web3.Accounts;

namespace CredChain.Cli.Commands.Governance;

/// <summary>
/// What accredit / suspend / reinstate share: the node, the issuer registry (from <c>--contracts</c> or
/// <c>--issuer-registry</c>), the governor's key, and the issuer account acted on.
/// </summary>
internal sealed class GovernanceTarget
{
    private readonly Option<Uri> _rpc = ChainCommandOptions.Rpc();
    private readonly Option<long?> _chainId = ChainCommandOptions.ChainId("Chain id the node must report (default: the one in --contracts, if given).");
    private readonly SignerOptions _signer = new("governor");

    private readonly Option<FileInfo> _contracts = new("--contracts", "--contracts-env")
    {
        Description = "Deployment record written by `credchain deploy --out` (JSON) or `--env-out` (dotenv), or data/contracts.json of `credchain up`.",
    };

    private readonly Option<EthereumAddress?> _issuerRegistry = new("--issuer-registry")
    {
        Description = "Address of the issuer registry (instead of --contracts).",
        CustomParser = result => AddressOptionParser.ParseOne(result),
    };

    private readonly Option<EthereumAddress> _issuer = new("--issuer")
    {
        Description = "The issuer account acted on.",
        Required = true,
        CustomParser = AddressOptionParser.ParseOne,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_rpc);
        command.Options.Add(_chainId);
        _signer.AddTo(command);
        command.Options.Add(_contracts);
        command.Options.Add(_issuerRegistry);
        command.Options.Add(_issuer);
        command.Validators.Add(result =>
        {
            if ((result.GetResult(_contracts) is null) == (result.GetResult(_issuerRegistry) is null))
            {
                result.AddError("Give either --contracts <file> or --issuer-registry <address>.");
            }
        });
    }

    public string Issuer(ParseResult parseResult) => parseResult.GetValue(_issuer).Checksummed;

    /// <summary>Connects (checking the chain id), resolves the governor key and the registry.</summary>
    public async Task<(IssuerRegistryClient Registry, Account Governor, ChainConnection Connection)> OpenAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        DeploymentRecord? record = null;
        if (parseResult.GetValue(_contracts) is { } contracts)
        {
            if (!contracts.Exists)
            {
                throw new CliException($"{contracts.FullName} does not exist.");
            }

            try
            {
                record = DeploymentRecord.Read(contracts.FullName);
            }
            catch (InvalidDataException ex)
            {
                throw new CliException(ex.Message, ex);
            }
        }

        var address = record?.IssuerRegistry ?? parseResult.GetValue(_issuerRegistry)!.Value.Checksummed;
        var connection = await ChainConnection.OpenAsync(parseResult.GetRequiredValue(_rpc), parseResult.GetValue(_chainId) ?? record?.ChainId, cancellationToken).ConfigureAwait(false);
        var governor = _signer.Resolve(parseResult, connection);
        if (!await connection.HasCodeAsync(address, cancellationToken).ConfigureAwait(false))
        {
            throw new CliException($"there is no contract at {address} on chain {connection.ChainId}: check --contracts / --issuer-registry and --rpc.");
        }

        var registry = new IssuerRegistryClient(connection.Web3, address, connection.Transactions);
        if (!await registry.HasRoleAsync(GovernanceRoles.Governor, governor.Address, cancellationToken).ConfigureAwait(false))
        {
            throw new CliException($"{governor.Address} is not a governor of the issuer registry {address}: use the governor's key (the deployer's, unless deploy --governor named another).");
        }

        return (registry, governor, connection);
    }
}
