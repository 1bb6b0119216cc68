using System.Text.Json;
using CredChain.Cli.Chain;
using CredChain.Cli.Infrastructure;
using CredChain.Ethereum.Dev;
using CredChain.Ethereum.DocumentStore;
using Nethereum.Hex.HexConvertors.Extensions;
using Spectre.Console;

namespace CredChain.DevHost;

/// <summary>
/// OpenAttestation on the dev chain: the published <c>DocumentStore</c> bytecode deployed by dev account 9 (so it lands
/// at a fixed address), listed in the portal's trust list, with the root of a demo OpenAttestation v2 document issued
/// and the document written to the data folder, so a newcomer can drop it on the portal.
/// </summary>
internal static class DevDocumentStore
{
    /// <summary>Dev account 9's first contract: where the store is, and the address the demo document was wrapped for.</summary>
    public const string Address = "0x700b6A60ce7EaaEA56F065753d8dcB9653dbAD35";

    public const string NameZh = "演示大学";

    public const string NameEn = "Demo University";

    public const string DnsLocation = "demo.example.edu";

    private const int DeployerIndex = 9;

    /// <summary>The demo document (one of the library-wrapped vectors of tests/vectors/openattestation).</summary>
    public static string DemoFile(DataFolder data) => data.Combine("openattestation-demo.json");

    public static async Task EnsureAsync(DevNode node, DataFolder data, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var connection = await ChainConnection.OpenAsync(node.RpcUrl, node.ChainId, cancellationToken).ConfigureAwait(false);
        var deployer = node.Accounts[DeployerIndex];
        DocumentStoreClient store;
        if (await connection.HasCodeAsync(Address, cancellationToken).ConfigureAwait(false))
        {
            store = new DocumentStoreClient(connection.Web3, Address, connection.Transactions);
        }
        else
        {
            console.MarkupLine("Deploying an OpenAttestation DocumentStore to the dev chain...");
            store = await DocumentStoreClient.DeployAsync(connection.Web3, connection.Transactions, deployer, NameEn, deployer.Address, cancellationToken).ConfigureAwait(false);
            if (!string.Equals(store.Address, Address, StringComparison.OrdinalIgnoreCase))
            {
                throw new CliException($"the DocumentStore landed at {store.Address}, not {Address}: dev account {DeployerIndex} was used before on this chain.");
            }
        }

        var demo = await ReadDemoAsync(cancellationToken).ConfigureAwait(false);
        using var parsed = JsonDocument.Parse(demo);
        var root = parsed.RootElement.GetProperty("signature").GetProperty("merkleRoot").GetString()!.HexToByteArray();
        if (!await store.IsIssuedAsync(root, null, cancellationToken).ConfigureAwait(false))
        {
            await store.IssueAsync(deployer, root, cancellationToken).ConfigureAwait(false);
        }

        await File.WriteAllTextAsync(DemoFile(data), demo, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<string> ReadDemoAsync(CancellationToken cancellationToken)
    {
        using var stream = typeof(DevDocumentStore).Assembly.GetManifestResourceStream("CredChain.DevHost.OpenAttestationDemo.json")
            ?? throw new InvalidOperationException("The demo OpenAttestation document is not embedded.");
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
    }
}
