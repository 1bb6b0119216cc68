using System.Security.Cryptography;
using CredChain.Core.Verification;
using CredChain.Ethereum.Deployment;
using CredChain.Ethereum.Dev;
using CredChain.Ethereum.Governance;
using CredChain.Ethereum.Registry;
using CredChain.Ethereum.Transactions;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Util;

namespace CredChain.Bench.Gas;

/// <summary>Gas used by each registry operation, read from the receipts of real transactions on a dev node.</summary>
internal static class GasBenchmark
{
    public const int AnchorTarget = 55_000;
    public const int RevokeCredentialTarget = 80_000;
    public const int RevokeBatchTarget = 45_000;
    public const int DeclareCompromisedTarget = 80_000;
    public const int RotateKeyTarget = 160_000;
    private const int ProofDepth = 19; // 2^19 = 524,288 leaves: a 500,000-credential batch

    public static async Task<IReadOnlyList<Measurement>> RunAsync(CancellationToken cancellationToken)
    {
        await using var node = await DevNode.StartAsync(cancellationToken: cancellationToken);
        var web3 = node.CreateWeb3();
        var transactions = new TransactionService(web3, node.TransactionOptions);
        var governor = node.Accounts[0];
        var issuer = node.Accounts[1];
        var successor = node.Accounts[2];
        var other = node.Accounts[3];

        var deployment = await RegistryDeployer.DeployAsync(transactions, governor, governor.Address, cancellationToken);
        var governance = new IssuerRegistryClient(web3, deployment.IssuerRegistryAddress, transactions);
        var registry = new CredentialRegistryClient(web3, deployment.CredentialRegistryAddress, transactions);
        var profile = new IssuerProfile("复旦大学", "Fudan University", "fudan.edu.cn");
        var accredit = await governance.AccreditAsync(governor, issuer.Address, profile, DateTimeOffset.UnixEpoch, null, cancellationToken);

        var firstRoot = RandomNumberGenerator.GetBytes(32);
        var anchorFirst = await registry.AnchorAsync(issuer, firstRoot, cancellationToken);

        // A valid 19-deep path: fold random siblings up from a target hash, and anchor the resulting root.
        var (targetHash, proof, deepRoot) = DeepPath();
        var anchorDeep = await registry.AnchorAsync(issuer, deepRoot, cancellationToken);
        var revokeOne = await registry.RevokeCredentialAsync(issuer, deepRoot, targetHash, proof, 1, cancellationToken);
        var revokeBatch = await registry.RevokeBatchAsync(issuer, firstRoot, 1, cancellationToken);
        var suspend = await governance.SuspendAsync(governor, issuer.Address, cancellationToken);
        var reinstate = await governance.ReinstateAsync(governor, issuer.Address, cancellationToken);

        // A stolen key: declared compromised (which also suspends it), then the institution rotates to a new account,
        // which revokes a credential the old key anchored.
        var (oldTarget, oldProof, oldRoot) = DeepPath();
        await registry.AnchorAsync(issuer, oldRoot, cancellationToken);
        var since = DateTimeOffset.FromUnixTimeSeconds((long)(await web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest())).Timestamp.Value);
        var declare = await governance.DeclareCompromisedAsync(governor, issuer.Address, since, cancellationToken);
        var rotateFromCompromised = await governance.RotateKeyAsync(governor, issuer.Address, successor.Address, DateTimeOffset.UnixEpoch, null, cancellationToken);
        var revokeBySuccessor = await registry.RevokeCredentialAsync(successor, issuer.Address, oldRoot, oldTarget, oldProof, 1, cancellationToken);

        // A planned rotation of another institution: the predecessor is still active, so rotateKey suspends it too.
        await governance.AccreditAsync(governor, other.Address, new IssuerProfile("同济大学", "Tongji University", "tongji.edu.cn"), DateTimeOffset.UnixEpoch, null, cancellationToken);
        var rotateActive = await governance.RotateKeyAsync(governor, other.Address, node.Accounts[4].Address, DateTimeOffset.UnixEpoch, null, cancellationToken);

        return
        [
            Gas("deploy IssuerRegistry", deployment.IssuerRegistryReceipt),
            Gas("deploy CredentialRegistry", deployment.CredentialRegistryReceipt),
            Gas("accredit (new issuer and institution)", accredit),
            Gas("anchor (first root)", anchorFirst, AnchorTarget),
            Gas("anchor (next root)", anchorDeep, AnchorTarget),
            Gas($"revokeCredential ({ProofDepth}-deep path)", revokeOne, RevokeCredentialTarget),
            Gas("revokeBatch", revokeBatch, RevokeBatchTarget),
            Gas("suspend", suspend),
            Gas("reinstate", reinstate),
            Gas("declareCompromised (active issuer)", declare, DeclareCompromisedTarget),
            Gas("rotateKey (predecessor active)", rotateActive, RotateKeyTarget),
            Gas("rotateKey (predecessor compromised)", rotateFromCompromised, RotateKeyTarget),
            Gas($"revokeCredential by successor ({ProofDepth}-deep)", revokeBySuccessor, RevokeCredentialTarget),
        ];
    }

    private static (byte[] TargetHash, List<byte[]> Proof, byte[] Root) DeepPath()
    {
        var targetHash = RandomNumberGenerator.GetBytes(32);
        var proof = Enumerable.Range(0, ProofDepth).Select(_ => RandomNumberGenerator.GetBytes(32)).ToList();
        return (targetHash, proof, proof.Aggregate(Sha3Keccack.Current.CalculateHash(targetHash), HashPair));
    }

    private static Measurement Gas(string operation, TransactionReceipt receipt, int? target = null) =>
        new(operation, (double)receipt.GasUsed.Value, "gas", target);

    private static byte[] HashPair(byte[] a, byte[] b) =>
        a.AsSpan().SequenceCompareTo(b) <= 0
            ? Sha3Keccack.Current.CalculateHash([.. a, .. b])
            : Sha3Keccack.Current.CalculateHash([.. b, .. a]);
}
