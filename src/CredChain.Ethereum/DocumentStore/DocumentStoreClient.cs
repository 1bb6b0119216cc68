using CredChain.Ethereum.Calls;
using CredChain.Ethereum.Generated.DocumentStore;
using CredChain.Ethereum.Transactions;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;

namespace CredChain.Ethereum.DocumentStore;

/// <summary>
/// Typed access to an OpenAttestation <c>DocumentStore</c> (the published ABI of <c>@govtechsg/document-store</c> 3.0.0):
/// the status views a verifier needs, and issue/revoke for dev setups and tests.
/// </summary>
public sealed class DocumentStoreClient
{
    private readonly IWeb3 _web3;
    private readonly TransactionService _transactions;
    private readonly ContractReader _reader;

    public DocumentStoreClient(IWeb3 web3, string address, TransactionService transactions)
    {
        ArgumentNullException.ThrowIfNull(web3);
        ArgumentException.ThrowIfNullOrEmpty(address);
        ArgumentNullException.ThrowIfNull(transactions);
        Address = address;
        _web3 = web3;
        _transactions = transactions;
        _reader = new ContractReader(web3, transactions, address);
    }

    /// <summary>The store's address.</summary>
    public string Address { get; }

    /// <summary>Deploys a store named <paramref name="name"/> from <paramref name="deployer"/>, with <paramref name="owner"/> holding every role.</summary>
    public static async Task<DocumentStoreClient> DeployAsync(
        IWeb3 web3, TransactionService transactions, Account deployer, string name, string owner, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        var receipt = await transactions.DeployAsync(deployer, new DocumentStoreDeployment { Name = name, Owner = owner }, cancellationToken).ConfigureAwait(false);
        return new DocumentStoreClient(web3, receipt.ContractAddress, transactions);
    }

    /// <summary>Issues <paramref name="merkleRoot"/> (a batch of wrapped documents).</summary>
    public Task<TransactionReceipt> IssueAsync(Account issuer, byte[] merkleRoot, CancellationToken cancellationToken = default) =>
        _transactions.ExecuteAsync(issuer, Address, new IssueFunction { Document = CheckBytes32(merkleRoot) }, cancellationToken);

    /// <summary>Revokes <paramref name="hash"/>: a document's targetHash or a batch's merkleRoot.</summary>
    public Task<TransactionReceipt> RevokeAsync(Account revoker, byte[] hash, CancellationToken cancellationToken = default) =>
        _transactions.ExecuteAsync(revoker, Address, new RevokeFunction { Document = CheckBytes32(hash) }, cancellationToken);

    /// <summary><c>name()</c>.</summary>
    public Task<string> GetNameAsync(CancellationToken cancellationToken = default) =>
        _reader.QueryValueAsync<NameFunction, string>(new NameFunction(), null, cancellationToken);

    /// <summary><c>isIssued(hash)</c> at <paramref name="block"/> (latest when null).</summary>
    public Task<bool> IsIssuedAsync(byte[] hash, BlockParameter? block = null, CancellationToken cancellationToken = default) =>
        _reader.QueryValueAsync<IsIssuedFunction, bool>(new IsIssuedFunction { Document = CheckBytes32(hash) }, block, cancellationToken);

    /// <summary><c>isRevoked(hash)</c> at <paramref name="block"/> (latest when null).</summary>
    public Task<bool> IsRevokedAsync(byte[] hash, BlockParameter? block = null, CancellationToken cancellationToken = default) =>
        _reader.QueryValueAsync<IsRevokedFunction, bool>(new IsRevokedFunction { Document = CheckBytes32(hash) }, block, cancellationToken);

    /// <summary>
    /// What a verifier asks, at one block: <c>isIssued(merkleRoot)</c>, <c>isRevoked(targetHash)</c>,
    /// <c>isRevoked(merkleRoot)</c>, and that block's number and time.
    /// </summary>
    public async Task<DocumentStoreStatus> GetStatusAsync(byte[] merkleRoot, byte[] targetHash, CancellationToken cancellationToken = default)
    {
        var head = await _transactions.RpcAsync(_web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest()), cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The node returned no latest block.");
        var block = new BlockParameter(head.Number);
        var issued = IsIssuedAsync(merkleRoot, block, cancellationToken);
        var documentRevoked = IsRevokedAsync(targetHash, block, cancellationToken);
        var rootRevoked = IsRevokedAsync(merkleRoot, block, cancellationToken);
        await Task.WhenAll(issued, documentRevoked, rootRevoked).ConfigureAwait(false);
        var time = DateTimeOffset.FromUnixTimeSeconds((long)head.Timestamp.Value);
        return new DocumentStoreStatus((long)head.Number.Value, time, issued.Result, documentRevoked.Result, rootRevoked.Result);
    }

    private static byte[] CheckBytes32(byte[] value) =>
        value is { Length: 32 } ? value : throw new ArgumentException("A bytes32 value must be 32 bytes.", nameof(value));
}
