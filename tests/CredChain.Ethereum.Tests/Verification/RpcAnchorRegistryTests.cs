using CredChain.Core.Hashing;
using CredChain.Core.Verification;
using CredChain.Ethereum.Tests.Support;
using CredChain.Ethereum.Verification;

namespace CredChain.Ethereum.Tests.Verification;

/// <summary>Core's registry port over JSON-RPC (what <c>credchain verify --rpc</c> uses), against the keyed registry.</summary>
[Collection(ChainTests.Name)]
public sealed class RpcAnchorRegistryTests(ChainFixture chain)
{
    private RpcAnchorRegistry Reader => new(chain.Web3, chain.Node.ChainId, chain.Registry.Address);

    private AnchorQuery Query(string issuer, byte[] targetHash) =>
        new(chain.Node.ChainId, chain.Registry.Address, issuer, Hash32.FromBytes(TestMerkleTree.Leaf(targetHash)), Hash32.FromBytes(targetHash), []);

    [Fact]
    public async Task Lookup_RootAnchoredOnlyByAnotherAccount_IsNotAnchoredAndNamesThatAccount()
    {
        var named = await chain.NewAccreditedIssuerAsync();
        var other = await chain.NewAccreditedIssuerAsync();
        var targetHash = Bytes32.Random();
        await chain.Registry.AnchorAsync(other, TestMerkleTree.Leaf(targetHash));

        var record = await Reader.LookupAsync(Query(named.Address, targetHash), CancellationToken.None);

        Assert.Equal((false, null, other.Address), (record.Anchored, record.IssuerAddress, record.AnchoredByAnotherAccount));
    }

    [Fact]
    public async Task Lookup_RootNobodyAnchored_IsNotAnchoredWithNoOtherAccount()
    {
        var named = await chain.NewAccreditedIssuerAsync();

        var record = await Reader.LookupAsync(Query(named.Address, Bytes32.Random()), CancellationToken.None);

        Assert.Equal((false, (string?)null), (record.Anchored, record.AnchoredByAnotherAccount));
    }

    [Fact]
    public async Task Lookup_RootOfACompromisedKey_CarriesTheDeclarationAndTheInstitution()
    {
        var issuer = await chain.NewAccreditedIssuerAsync("Lanzhou");
        var targetHash = Bytes32.Random();
        var receipt = await chain.Registry.AnchorAsync(issuer, TestMerkleTree.Leaf(targetHash));
        var anchoredAt = await chain.BlockTimeAsync(receipt);
        await chain.Governance.DeclareCompromisedAsync(chain.Governor, issuer.Address, anchoredAt);

        var record = await Reader.LookupAsync(Query(issuer.Address.ToLowerInvariant(), targetHash), CancellationToken.None);

        var institution = (await chain.Governance.GetKeyStatusAsync(issuer.Address)).Institution;
        Assert.Equal(
            (true, issuer.Address, anchoredAt, new IssuerKeyCompromise(anchoredAt, RootAnchoredAfter: true), (long?)institution, new IssuerProfile("Lanzhou大学", "Lanzhou University", "lanzhou.edu.cn")),
            (record.Anchored, record.IssuerAddress, record.AnchoredAt, record.KeyCompromise, record.InstitutionId, record.Issuer));
    }
}
