using System.Text.Json;
using CredChain.Ethereum.DocumentStore;
using CredChain.Ethereum.Transactions;
using Nethereum.Hex.HexConvertors.Extensions;

namespace CredChain.Bench.Verify;

/// <summary>
/// The OpenAttestation v2 workload: OpenAttestation's published DocumentStore deployed by dev account 9 (the address
/// the vectors of tests/vectors/openattestation were wrapped for) and the root of their batch issued; the document
/// verified is <c>batch-0.json</c>, a typical certificate wrapped by the real library.
/// </summary>
internal sealed class OpenAttestationWorkload
{
    private OpenAttestationWorkload(string storeAddress, byte[] document)
    {
        StoreAddress = storeAddress;
        Document = document;
    }

    public string StoreAddress { get; }

    public byte[] Document { get; }

    public static async Task<OpenAttestationWorkload> SetUpAsync(BenchChain chain)
    {
        var document = await File.ReadAllBytesAsync(VectorPath("documents/batch-0.json"));
        var web3 = chain.Node.CreateWeb3();
        var transactions = new TransactionService(web3, chain.Node.TransactionOptions);
        var deployer = chain.Node.Accounts[9];
        var store = await DocumentStoreClient.DeployAsync(web3, transactions, deployer, "Demo University", deployer.Address);
        using var parsed = JsonDocument.Parse(document);
        await store.IssueAsync(deployer, parsed.RootElement.GetProperty("signature").GetProperty("merkleRoot").GetString()!.HexToByteArray());
        return new OpenAttestationWorkload(store.Address, document);
    }

    private static string VectorPath(string file)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "vectors", "openattestation", file);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"tests/vectors/openattestation/{file} not found above {AppContext.BaseDirectory}.");
    }
}
