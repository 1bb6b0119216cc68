using System.Text.Json;
using CredChain.Ethereum.DocumentStore;
using CredChain.Ethereum.Transactions;
using Nethereum.Hex.HexConvertors.Extensions;

namespace CredChain.Verifier.Tests.Chain;

/// <summary>
/// OpenAttestation's real <c>DocumentStore</c> (the published bytecode) on a dev network, in the state the vectors of
/// <c>tests/vectors/openattestation</c> need: deployed by dev account 9 at the address they were wrapped for, the
/// <c>batch-*</c> root issued with <c>batch-4</c> revoked, the <c>other-batch-*</c> root issued and revoked.
/// </summary>
public sealed class OpenAttestationDevStore
{
    public const string NameZh = "演示大学";

    public const string NameEn = "Demo University";

    public const string DnsLocation = "demo.example.edu";

    private OpenAttestationDevStore(DocumentStoreClient store) => Store = store;

    public DocumentStoreClient Store { get; }

    public static async Task<OpenAttestationDevStore> DeployAsync(DevNetwork network)
    {
        var deployer = network.Node.Accounts[9];
        var transactions = new TransactionService(network.Web3, network.Node.TransactionOptions);
        var store = await DocumentStoreClient.DeployAsync(network.Web3, transactions, deployer, NameEn, deployer.Address);
        using var vectors = JsonDocument.Parse(await File.ReadAllTextAsync(VectorPath("vectors.json")));
        var expected = vectors.RootElement.GetProperty("documentStore").GetProperty("address").GetString()!;
        if (!string.Equals(expected, store.Address, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"The DocumentStore landed at {store.Address}, not {expected}: dev account 9 was used before.");
        }

        await store.IssueAsync(deployer, Signature("batch-0").Root);
        await store.RevokeAsync(deployer, Signature("batch-4").TargetHash);
        await store.IssueAsync(deployer, Signature("other-batch-0").Root);
        await store.RevokeAsync(deployer, Signature("other-batch-0").Root);
        return new OpenAttestationDevStore(store);
    }

    /// <summary>The trust list entry for the store, on the portal's network <paramref name="networkIndex"/>.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings(int networkIndex) =>
    [
        new($"Portal:Networks:{networkIndex}:DocumentStores:0:Address", Store.Address),
        new($"Portal:Networks:{networkIndex}:DocumentStores:0:NameZh", NameZh),
        new($"Portal:Networks:{networkIndex}:DocumentStores:0:NameEn", NameEn),
        new($"Portal:Networks:{networkIndex}:DocumentStores:0:DnsLocation", DnsLocation),
    ];

    /// <summary>The exact bytes of a vector document, e.g. <c>batch-0</c>.</summary>
    public static string Document(string name) => File.ReadAllText(VectorPath($"documents/{name}.json"));

    public static string VectorPath(string file)
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

    private static (byte[] Root, byte[] TargetHash) Signature(string name)
    {
        using var document = JsonDocument.Parse(Document(name));
        var signature = document.RootElement.GetProperty("signature");
        return (signature.GetProperty("merkleRoot").GetString()!.HexToByteArray(), signature.GetProperty("targetHash").GetString()!.HexToByteArray());
    }
}
