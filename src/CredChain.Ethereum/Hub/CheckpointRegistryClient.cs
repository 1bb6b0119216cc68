using CredChain.Ethereum.Calls;
using CredChain.Ethereum.Generated.CheckpointRegistry;
using CredChain.Ethereum.Transactions;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;

namespace CredChain.Ethereum.Hub;

/// <summary>Typed access to a deployed <c>CheckpointRegistry</c> (the national hub).</summary>
/// <remarks>Writes throw <see cref="Errors.ContractRevertException"/> with the contract's error code when they revert.</remarks>
public sealed class CheckpointRegistryClient
{
    private readonly TransactionService _transactions;
    private readonly ContractReader _reader;

    public CheckpointRegistryClient(IWeb3 web3, string address, TransactionService transactions)
    {
        ArgumentNullException.ThrowIfNull(web3);
        ArgumentException.ThrowIfNullOrEmpty(address);
        ArgumentNullException.ThrowIfNull(transactions);
        Address = address;
        _transactions = transactions;
        _reader = new ContractReader(web3, transactions, address);
    }

    /// <summary>The hub registry's address.</summary>
    public string Address { get; }

    /// <summary>Deploys a hub registry whose admin is <paramref name="admin"/>.</summary>
    public static async Task<string> DeployAsync(TransactionService transactions, Account deployer, string admin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        var receipt = await transactions.DeployAsync(deployer, new CheckpointRegistryDeployment { Admin = admin }, cancellationToken).ConfigureAwait(false);
        return receipt.ContractAddress;
    }

    /// <summary>Registers a member registry whose checkpoints start at <paramref name="startBlock"/>.</summary>
    public Task<TransactionReceipt> RegisterMemberAsync(Account admin, MemberRef member, ulong startBlock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        var function = new RegisterMemberFunction { SourceChainId = member.ChainId, SourceRegistry = member.Registry, StartBlock = startBlock };
        return _transactions.ExecuteAsync(admin, Address, function, cancellationToken);
    }

    /// <summary>Accredits <paramref name="relay"/> to post checkpoints of <paramref name="member"/>.</summary>
    public async Task<TransactionReceipt> AccreditRelayAsync(Account admin, MemberRef member, string relay, CancellationToken cancellationToken = default)
    {
        var role = await GetRelayRoleAsync(member, cancellationToken).ConfigureAwait(false);
        return await _transactions.ExecuteAsync(admin, Address, new GrantRoleFunction { Role = role, Account = relay }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Withdraws the accreditation of <paramref name="relay"/> for <paramref name="member"/>.</summary>
    public async Task<TransactionReceipt> RevokeRelayAsync(Account admin, MemberRef member, string relay, CancellationToken cancellationToken = default)
    {
        var role = await GetRelayRoleAsync(member, cancellationToken).ConfigureAwait(false);
        return await _transactions.ExecuteAsync(admin, Address, new RevokeRoleFunction { Role = role, Account = relay }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether <paramref name="relay"/> may post checkpoints of <paramref name="member"/>.</summary>
    public async Task<bool> IsRelayAsync(MemberRef member, string relay, CancellationToken cancellationToken = default)
    {
        var role = await GetRelayRoleAsync(member, cancellationToken).ConfigureAwait(false);
        return await _reader.QueryValueAsync<HasRoleFunction, bool>(new HasRoleFunction { Role = role, Account = relay }, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Signs a <c>postCheckpoint</c> with an explicit nonce without sending it (write-ahead posting).</summary>
    /// <exception cref="Errors.ContractRevertException">The posting would revert (gap, overlap, unaccredited relay...).</exception>
    public Task<SignedTransaction> SignPostCheckpointAsync(Account relay, CheckpointDraft draft, System.Numerics.BigInteger nonce, CancellationToken cancellationToken = default) =>
        _transactions.SignFunctionAsync(relay, Address, ToFunction(draft), nonce, cancellationToken);

    /// <summary>Posts a checkpoint and waits for the receipt.</summary>
    public Task<TransactionReceipt> PostCheckpointAsync(Account relay, CheckpointDraft draft, CancellationToken cancellationToken = default) =>
        _transactions.ExecuteAsync(relay, Address, ToFunction(draft), cancellationToken);

    /// <summary>The member as the hub knows it.</summary>
    public async Task<HubMember> GetMemberAsync(MemberRef member, BlockParameter? block = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        var output = await _reader.QueryAsync<MemberOfFunction, MemberOfOutputDTO>(
            new MemberOfFunction { SourceChainId = member.ChainId, SourceRegistry = member.Registry }, block, cancellationToken).ConfigureAwait(false);
        return HubMember.FromDto(output.ReturnValue1);
    }

    /// <summary>Checkpoint <paramref name="sequence"/> of the member (not <see cref="HubCheckpoint.Exists"/> when unknown).</summary>
    public async Task<HubCheckpoint> GetCheckpointAsync(MemberRef member, ulong sequence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        var function = new CheckpointOfFunction { SourceChainId = member.ChainId, SourceRegistry = member.Registry, Sequence = sequence };
        var output = await _reader.QueryAsync<CheckpointOfFunction, CheckpointOfOutputDTO>(function, null, cancellationToken).ConfigureAwait(false);
        return HubCheckpoint.FromDto(sequence, output.ReturnValue1);
    }

    /// <summary>The checkpoints <paramref name="sequences"/> of the member and the member itself, in one call.</summary>
    public async Task<(IReadOnlyList<HubCheckpoint> Checkpoints, HubMember Member)> GetCheckpointsAsync(
        MemberRef member, IReadOnlyList<ulong> sequences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(sequences);
        var function = new CheckpointsOfFunction { SourceChainId = member.ChainId, SourceRegistry = member.Registry, Sequences = [.. sequences] };
        var output = await _reader.QueryAsync<CheckpointsOfFunction, CheckpointsOfOutputDTO>(function, null, cancellationToken).ConfigureAwait(false);
        var checkpoints = output.Checkpoints.Select((c, i) => HubCheckpoint.FromDto(sequences[i], c)).ToList();
        return (checkpoints, HubMember.FromDto(output.Member));
    }

    /// <summary>Checks an event proof against checkpoint <paramref name="sequence"/>, in one call.</summary>
    public async Task<HubEventVerification> VerifyEventAsync(
        MemberRef member, ulong sequence, byte[] leafNode, IReadOnlyList<byte[]> proof, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(proof);
        var function = new VerifyEventFunction
        {
            SourceChainId = member.ChainId, SourceRegistry = member.Registry, Sequence = sequence, Leaf = leafNode, Proof = [.. proof],
        };
        var output = await _reader.QueryAsync<VerifyEventFunction, VerifyEventOutputDTO>(function, null, cancellationToken).ConfigureAwait(false);
        return new HubEventVerification(HubCheckpoint.FromDto(sequence, output.Checkpoint), output.Included, HubMember.FromDto(output.Member));
    }

    /// <summary><c>CheckpointPosted</c> events logged in <paramref name="range"/>.</summary>
    public Task<IReadOnlyList<Events.ChainEvent<CheckpointPostedEventDTO>>> GetCheckpointPostedEventsAsync(BlockRange range, CancellationToken cancellationToken = default) =>
        _reader.GetEventsAsync<CheckpointPostedEventDTO>(range, cancellationToken);

    private Task<byte[]> GetRelayRoleAsync(MemberRef member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        return _reader.QueryValueAsync<RelayRoleFunction, byte[]>(
            new RelayRoleFunction { SourceChainId = member.ChainId, SourceRegistry = member.Registry }, null, cancellationToken);
    }

    private static PostCheckpointFunction ToFunction(CheckpointDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return new PostCheckpointFunction
        {
            SourceChainId = draft.Member.ChainId,
            SourceRegistry = draft.Member.Registry,
            FromBlock = draft.FromBlock,
            ToBlock = draft.ToBlock,
            CheckpointRoot = draft.Root,
            SourceBlockHash = draft.SourceBlockHash,
            SourceBlockTime = draft.SourceBlockTime,
        };
    }
}
