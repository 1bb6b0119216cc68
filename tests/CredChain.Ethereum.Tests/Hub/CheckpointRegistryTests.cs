using CredChain.Ethereum.Errors;
using CredChain.Ethereum.Hub;
using CredChain.Ethereum.Tests.Support;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Web3.Accounts;

namespace CredChain.Ethereum.Tests.Hub;

[Collection(ChainTests.Name)]
public sealed class CheckpointRegistryTests(ChainFixture chain)
{
    private Account Admin => chain.Governor;

    [Fact]
    public async Task PostCheckpoint_AccreditedRelayContiguousRanges_StoresEachBySequence()
    {
        var (hub, member, relay) = await NewHubAsync(startBlock: 100);
        var (first, second) = (Bytes32.Random(), Bytes32.Random());
        var (hash1, hash2) = (Bytes32.Random(), Bytes32.Random());

        var posted1 = await hub.PostCheckpointAsync(relay, new CheckpointDraft(member, 100, 149, first, hash1, 1_780_000_000));
        var posted2 = await hub.PostCheckpointAsync(relay, new CheckpointDraft(member, 150, 150, second, hash2, 1_780_000_300));

        Assert.Equal(new HubMember(true, 100, 151, 2), await hub.GetMemberAsync(member));
        Assert.Equal(
            new HubCheckpoint(1, first.ToHex(true), hash1.ToHex(true), 100, 149, DateTimeOffset.FromUnixTimeSeconds(1_780_000_000), relay.Address),
            await hub.GetCheckpointAsync(member, 1));
        Assert.Equal(
            new HubCheckpoint(2, second.ToHex(true), hash2.ToHex(true), 150, 150, DateTimeOffset.FromUnixTimeSeconds(1_780_000_300), relay.Address),
            await hub.GetCheckpointAsync(member, 2));
        var events = await hub.GetCheckpointPostedEventsAsync(new Nethereum.Contracts.BlockRange(posted1.BlockNumber, posted2.BlockNumber));
        Assert.Equal(
            [(1UL, 100UL, 149UL, first.ToHex(), relay.Address.ToLowerInvariant()), (2UL, 150UL, 150UL, second.ToHex(), relay.Address.ToLowerInvariant())],
            events.Select(e => (e.Event.Sequence, e.Event.FromBlock, e.Event.ToBlock, e.Event.Root.ToHex(), e.Event.Relay.ToLowerInvariant())));
    }

    [Fact]
    public async Task PostCheckpoint_UnaccreditedRelay_RevertsRelayNotAccredited()
    {
        var (hub, member, _) = await NewHubAsync(startBlock: 1);
        var stranger = await chain.NewAccountAsync();

        await Revert.AssertAsync(
            ChainErrorCode.HubRelayNotAccredited,
            () => hub.PostCheckpointAsync(stranger, new CheckpointDraft(member, 1, 10, Bytes32.Random(), Bytes32.Random(), 1_780_000_000)),
            ("memberId", MemberId(member)),
            ("relay", stranger.Address));
    }

    [Fact]
    public async Task PostCheckpoint_RelayOfAnotherMember_RevertsRelayNotAccredited()
    {
        var (hub, member, _) = await NewHubAsync(startBlock: 1);
        var other = new MemberRef(4242, (await chain.NewAccountAsync()).Address);
        await hub.RegisterMemberAsync(Admin, other, 1);
        var otherRelay = await chain.NewAccountAsync();
        await hub.AccreditRelayAsync(Admin, other, otherRelay.Address);

        await Revert.AssertAsync(
            ChainErrorCode.HubRelayNotAccredited,
            () => hub.PostCheckpointAsync(otherRelay, new CheckpointDraft(member, 1, 10, Bytes32.Random(), Bytes32.Random(), 1_780_000_000)),
            ("memberId", MemberId(member)),
            ("relay", otherRelay.Address));
    }

    [Fact]
    public async Task PostCheckpoint_RevokedRelay_RevertsRelayNotAccredited()
    {
        var (hub, member, relay) = await NewHubAsync(startBlock: 1);
        await hub.RevokeRelayAsync(Admin, member, relay.Address);

        Assert.False(await hub.IsRelayAsync(member, relay.Address));
        await Revert.AssertAsync(
            ChainErrorCode.HubRelayNotAccredited,
            () => hub.PostCheckpointAsync(relay, new CheckpointDraft(member, 1, 10, Bytes32.Random(), Bytes32.Random(), 1_780_000_000)),
            ("memberId", MemberId(member)),
            ("relay", relay.Address));
    }

    [Theory]
    [InlineData(12UL, "gap")]
    [InlineData(10UL, "overlap")]
    [InlineData(1UL, "replay of the first range")]
    public async Task PostCheckpoint_RangeNotStartingAfterTheLastOne_RevertsNonContiguousRange(ulong fromBlock, string why)
    {
        var (hub, member, relay) = await NewHubAsync(startBlock: 1);
        await hub.PostCheckpointAsync(relay, new CheckpointDraft(member, 1, 10, Bytes32.Random(), Bytes32.Random(), 1_780_000_000));

        var exception = await Revert.AssertAsync(
            ChainErrorCode.HubNonContiguousRange,
            () => hub.PostCheckpointAsync(relay, new CheckpointDraft(member, fromBlock, 20, Bytes32.Random(), Bytes32.Random(), 1_780_000_000)),
            ("memberId", MemberId(member)),
            ("expectedFromBlock", 11UL),
            ("fromBlock", fromBlock));
        Assert.False(string.IsNullOrEmpty(why));
        Assert.Equal(ChainErrorCode.HubNonContiguousRange, exception.Code);
        Assert.Equal(new HubMember(true, 1, 11, 1), await hub.GetMemberAsync(member));
    }

    [Fact]
    public async Task PostCheckpoint_FirstRangeNotAtTheStartBlock_RevertsNonContiguousRange()
    {
        var (hub, member, relay) = await NewHubAsync(startBlock: 50);

        await Revert.AssertAsync(
            ChainErrorCode.HubNonContiguousRange,
            () => hub.PostCheckpointAsync(relay, new CheckpointDraft(member, 51, 60, Bytes32.Random(), Bytes32.Random(), 1_780_000_000)),
            ("memberId", MemberId(member)),
            ("expectedFromBlock", 50UL),
            ("fromBlock", 51UL));
    }

    [Fact]
    public async Task PostCheckpoint_ToBlockBeforeFromBlock_RevertsInvalidRange()
    {
        var (hub, member, relay) = await NewHubAsync(startBlock: 5);

        await Revert.AssertAsync(
            ChainErrorCode.HubInvalidRange,
            () => hub.PostCheckpointAsync(relay, new CheckpointDraft(member, 5, 4, Bytes32.Random(), Bytes32.Random(), 1_780_000_000)),
            ("fromBlock", 5UL),
            ("toBlock", 4UL));
    }

    [Fact]
    public async Task PostCheckpoint_UnknownMember_RevertsUnknownMember()
    {
        var (hub, _, relay) = await NewHubAsync(startBlock: 1);
        var unknown = new MemberRef(99, (await chain.NewAccountAsync()).Address);

        await Revert.AssertAsync(
            ChainErrorCode.HubUnknownMember,
            () => hub.PostCheckpointAsync(relay, new CheckpointDraft(unknown, 1, 2, Bytes32.Random(), Bytes32.Random(), 1_780_000_000)),
            ("sourceChainId", 99UL),
            ("sourceRegistry", unknown.Registry));
    }

    [Fact]
    public async Task PostCheckpoint_ZeroBlockHashOrTime_RevertsZeroBlockHash()
    {
        var (hub, member, relay) = await NewHubAsync(startBlock: 1);

        await Revert.AssertAsync(
            ChainErrorCode.HubZeroBlockHash,
            () => hub.PostCheckpointAsync(relay, new CheckpointDraft(member, 1, 2, Bytes32.Random(), new byte[32], 1_780_000_000)));
        await Revert.AssertAsync(
            ChainErrorCode.HubZeroBlockHash,
            () => hub.PostCheckpointAsync(relay, new CheckpointDraft(member, 1, 2, Bytes32.Random(), Bytes32.Random(), 0)));
    }

    [Fact]
    public async Task CheckpointsOf_SeveralSequences_ReturnsThemAndTheMemberInOneCall()
    {
        var (hub, member, relay) = await NewHubAsync(startBlock: 1);
        var roots = Bytes32.Random(2);
        await hub.PostCheckpointAsync(relay, new CheckpointDraft(member, 1, 4, roots[0], Bytes32.Random(), 1_780_000_000));
        await hub.PostCheckpointAsync(relay, new CheckpointDraft(member, 5, 8, roots[1], Bytes32.Random(), 1_780_000_060));

        var (checkpoints, state) = await hub.GetCheckpointsAsync(member, [2, 9, 1]);

        Assert.Equal(
            [(2UL, roots[1].ToHex(true), 5UL, 8UL), (0UL, new byte[32].ToHex(true), 0UL, 0UL), (1UL, roots[0].ToHex(true), 1UL, 4UL)],
            checkpoints.Select(c => (c.Sequence, c.Root, c.FromBlock, c.ToBlock)));
        Assert.Equal(new HubMember(true, 1, 9, 2), state);
    }

    [Fact]
    public async Task RegisterMember_Twice_RevertsAlreadyRegistered_AndByNonAdmin_RevertsUnauthorized()
    {
        var (hub, member, relay) = await NewHubAsync(startBlock: 1);

        await Revert.AssertAsync(
            ChainErrorCode.HubMemberAlreadyRegistered,
            () => hub.RegisterMemberAsync(Admin, member, 7),
            ("memberId", MemberId(member)));
        var exception = await Assert.ThrowsAsync<ContractRevertException>(
            () => hub.RegisterMemberAsync(relay, new MemberRef(5, relay.Address), 1));
        Assert.Equal(ChainErrorCode.UnauthorizedAccount, exception.Code);
    }

    [Fact]
    public async Task VerifyEvent_LeafInTheCheckpoint_IsIncluded_AndAForgedLeafOrWrongSequenceIsNot()
    {
        var (hub, member, relay) = await NewHubAsync(startBlock: 1);
        var preimages = Bytes32.Random(3);
        var tree = new TestMerkleTree(preimages);
        var leaf = TestMerkleTree.Leaf(preimages[1]);
        await hub.PostCheckpointAsync(relay, new CheckpointDraft(member, 1, 9, tree.Root, Bytes32.Random(), 1_780_000_000));

        var included = await hub.VerifyEventAsync(member, 1, leaf, tree.ProofFor(preimages[1]));
        var forged = await hub.VerifyEventAsync(member, 1, Bytes32.Random(), tree.ProofFor(preimages[1]));
        var unknownSequence = await hub.VerifyEventAsync(member, 2, leaf, tree.ProofFor(preimages[1]));

        Assert.Equal((true, 1UL, 9UL), (included.Included, included.Checkpoint.Sequence, included.Checkpoint.ToBlock));
        Assert.Equal(new HubMember(true, 1, 10, 1), included.Member);
        Assert.False(forged.Included);
        Assert.Equal((false, false), (unknownSequence.Included, unknownSequence.Checkpoint.Exists));
    }

    private async Task<(CheckpointRegistryClient Hub, MemberRef Member, Account Relay)> NewHubAsync(ulong startBlock)
    {
        var address = await CheckpointRegistryClient.DeployAsync(chain.Transactions, Admin, Admin.Address);
        var hub = new CheckpointRegistryClient(chain.Web3, address, chain.Transactions);
        var member = new MemberRef(31337, (await chain.NewAccountAsync()).Address);
        var relay = await chain.NewAccountAsync();
        await hub.RegisterMemberAsync(Admin, member, startBlock);
        await hub.AccreditRelayAsync(Admin, member, relay.Address);
        return (hub, member, relay);
    }

    private static byte[] MemberId(MemberRef member) =>
        Nethereum.Util.Sha3Keccack.Current.CalculateHash(
            new Nethereum.ABI.ABIEncode().GetABIEncoded(
                new Nethereum.ABI.ABIValue("uint64", member.ChainId), new Nethereum.ABI.ABIValue("address", member.Registry)));
}
