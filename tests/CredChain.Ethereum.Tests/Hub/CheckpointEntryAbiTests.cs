using CredChain.Core.Checkpoints;
using CredChain.Core.Hashing;
using CredChain.Ethereum.Hub;
using CredChain.Ethereum.Tests.Support;
using Nethereum.ABI;
using Nethereum.Util;

namespace CredChain.Ethereum.Tests.Hub;

[Collection(ChainTests.Name)]
public sealed class CheckpointEntryAbiTests(ChainFixture chain)
{
    [Fact]
    public void EntryHash_IsKeccakOfTheAbiEncodedTagKindBlockLogAndFields()
    {
        var issuer = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
        var root = Bytes32.Random();
        var target = Bytes32.Random();
        var entry = CheckpointEntries.CredentialRevoked(812, 3, issuer, Hash32.FromBytes(root), Hash32.FromBytes(target), issuer, 7, 1_780_000_000);

        var encoded = new ABIEncode().GetABIEncoded(
            new ABIValue("bytes32", Sha3Keccack.Current.CalculateHash("CredChain.Checkpoint.v1"u8.ToArray())),
            new ABIValue("uint256", 2),
            new ABIValue("uint256", 812),
            new ABIValue("uint256", 3),
            new ABIValue("address", issuer),
            new ABIValue("bytes32", root),
            new ABIValue("bytes32", target),
            new ABIValue("address", issuer),
            new ABIValue("uint8", 7),
            new ABIValue("uint64", 1_780_000_000));

        Assert.Equal(Convert.ToHexStringLower(Sha3Keccack.Current.CalculateHash(encoded)), entry.Hash().ToString()[2..]);
    }

    [Fact]
    public async Task HubVerifyEvent_AcceptsCoresProof_AndRefusesItForAnotherCheckpoint()
    {
        var admin = chain.Governor;
        var hub = new CheckpointRegistryClient(chain.Web3, await CheckpointRegistryClient.DeployAsync(chain.Transactions, admin, admin.Address), chain.Transactions);
        var member = new MemberRef(31337, chain.Registry.Address);
        var relay = await chain.NewAccountAsync();
        await hub.RegisterMemberAsync(admin, member, 1);
        await hub.AccreditRelayAsync(admin, member, relay.Address);
        var entries = Enumerable.Range(0, 5).Select(i => CheckpointEntries.RootAnchored(3, (ulong)i, relay.Address, Hash32.FromBytes(Bytes32.Random()), 1_780_000_000)).ToList();
        var tree = CheckpointTree.Build(entries);
        await hub.PostCheckpointAsync(relay, new CheckpointDraft(member, 1, 5, tree.Root.ToByteArray(), Bytes32.Random(), 1_780_000_000));
        await hub.PostCheckpointAsync(relay, new CheckpointDraft(member, 6, 9, CheckpointTree.Build(entries.Take(2)).Root.ToByteArray(), Bytes32.Random(), 1_780_000_000));
        var proof = tree.GetProof(entries[3]).Select(h => h.ToByteArray()).ToList();

        var first = await hub.VerifyEventAsync(member, 1, entries[3].LeafNode().ToByteArray(), proof);
        var replayed = await hub.VerifyEventAsync(member, 2, entries[3].LeafNode().ToByteArray(), proof);

        Assert.Equal((true, 1UL, 5UL), (first.Included, first.Checkpoint.FromBlock, first.Checkpoint.ToBlock));
        Assert.Equal((false, 6UL, 9UL), (replayed.Included, replayed.Checkpoint.FromBlock, replayed.Checkpoint.ToBlock));
        Assert.Equal(new HubMember(true, 1, 10, 2), first.Member);
    }
}
