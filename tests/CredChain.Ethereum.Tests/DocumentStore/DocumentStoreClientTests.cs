using System.Text.Json;
using CredChain.Ethereum.Artifacts;
using CredChain.Ethereum.DocumentStore;
using CredChain.Ethereum.Tests.Support;
using Nethereum.Hex.HexConvertors.Extensions;

namespace CredChain.Ethereum.Tests.DocumentStore;

/// <summary>
/// OpenAttestation's real <c>DocumentStore</c> bytecode (from <c>@govtechsg/document-store</c>) on the dev node, through
/// the typed bindings: deployed by dev account 9 at the address the vectors were wrapped for, a real wrapped batch root
/// issued, then one document and one (other) root revoked.
/// </summary>
[Collection(ChainTests.Name)]
public sealed class DocumentStoreClientTests(ChainFixture chain)
{
    private static readonly string VectorsDirectory = Path.Combine(RepositoryRoot.Path, "tests", "vectors", "openattestation");

    [Fact]
    public async Task Issue_and_revoke_on_the_published_DocumentStore_answer_the_status_views()
    {
        using var vectors = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(VectorsDirectory, "vectors.json")));
        var deployer = chain.Node.Accounts[9];
        var expectedAddress = vectors.RootElement.GetProperty("documentStore").GetProperty("address").GetString()!;

        var store = await DocumentStoreClient.DeployAsync(chain.Web3, chain.Transactions, deployer, "Demo University", deployer.Address);
        Assert.Equal(expectedAddress.ToLowerInvariant(), store.Address.ToLowerInvariant());
        Assert.Equal("Demo University", await store.GetNameAsync());
        Assert.StartsWith("0x60806040", ContractArtifacts.DocumentStore.Bytecode, StringComparison.Ordinal);

        var (root, first) = await SignatureAsync("batch-0");
        var (_, revokedDocument) = await SignatureAsync("batch-1");
        var (otherRoot, otherDocument) = await SignatureAsync("other-batch-0");
        var (neverRoot, neverDocument) = await SignatureAsync("single");
        await store.IssueAsync(deployer, root);
        await store.IssueAsync(deployer, otherRoot);
        await store.RevokeAsync(deployer, revokedDocument);
        var last = await store.RevokeAsync(deployer, otherRoot);

        var head = (long)last.BlockNumber.Value;
        var time = await chain.BlockTimeAsync(last);
        Assert.Equal(new DocumentStoreStatus(head, time, true, false, false), await store.GetStatusAsync(root, first));
        Assert.Equal(new DocumentStoreStatus(head, time, true, true, false), await store.GetStatusAsync(root, revokedDocument));
        Assert.Equal(new DocumentStoreStatus(head, time, true, false, true), await store.GetStatusAsync(otherRoot, otherDocument));
        Assert.Equal(new DocumentStoreStatus(head, time, false, false, false), await store.GetStatusAsync(neverRoot, neverDocument));
        Assert.Equal(vectors.RootElement.GetProperty("issuedRoot").GetString(), root.ToHex());
    }

    private static async Task<(byte[] Root, byte[] TargetHash)> SignatureAsync(string name)
    {
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(VectorsDirectory, "documents", name + ".json")));
        var signature = document.RootElement.GetProperty("signature");
        return (signature.GetProperty("merkleRoot").GetString()!.HexToByteArray(), signature.GetProperty("targetHash").GetString()!.HexToByteArray());
    }
}
