// The hub at scale, measured here: N simulated members (default 10) with R roots each (default 10,000) in one
// checkpoint period. For each member the relay's off-chain work (entries, checkpoint tree, a proof) is timed, its
// checkpoint is posted to a real CheckpointRegistry on anvil (gas from the receipt), and a portal's on-hub cost is
// measured (eth_estimateGas of verifyEvent with a real proof, and of checkpointsOf for three checkpoints).
//
//   dotnet run -c Release --project bench/CredChain.Bench.Hub -- [members=10] [roots=10000]
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using CredChain.Core.Checkpoints;
using CredChain.Core.Hashing;
using CredChain.Ethereum.Dev;
using CredChain.Ethereum.Hub;
using CredChain.Ethereum.Generated.CheckpointRegistry;
using CredChain.Ethereum.Transactions;

var members = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
var roots = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;

await using var node = await DevNode.StartAsync(new DevNodeOptions { ChainId = 2026 });
var web3 = node.CreateWeb3();
var transactions = new TransactionService(web3, node.TransactionOptions);
var admin = node.Accounts[0];
var hub = new CheckpointRegistryClient(web3, await CheckpointRegistryClient.DeployAsync(transactions, admin, admin.Address), transactions);
var relay = node.Accounts[1];

var postGas = new List<long>();
var buildMs = new List<double>();
(CheckpointTree Tree, CheckpointEntry Entry, MemberRef Member)? sample = null;
for (var m = 0; m < members; m++)
{
    var member = new MemberRef(10_000 + (ulong)m, "0x" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20)));
    await hub.RegisterMemberAsync(admin, member, 1);
    await hub.AccreditRelayAsync(admin, member, relay.Address);
    var issuer = "0x" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var entries = Enumerable.Range(0, roots)
        .Select(i => CheckpointEntries.RootAnchored(1 + ((ulong)i / 10), (ulong)i % 10, issuer, Hash32.FromBytes(RandomNumberGenerator.GetBytes(32)), 1_780_000_000 + (ulong)i))
        .ToList();
    var tree = CheckpointTree.Build(entries);
    _ = tree.GetProof(entries[roots / 2]);
    buildMs.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
    var receipt = await hub.PostCheckpointAsync(relay, new CheckpointDraft(member, 1, (ulong)roots / 10, tree.Root.ToByteArray(), RandomNumberGenerator.GetBytes(32), 1_780_000_000));
    postGas.Add((long)receipt.GasUsed.Value);
    sample ??= (tree, entries[roots / 2], member);
}

var (sampleTree, sampleEntry, sampleMember) = sample!.Value;
var verify = new VerifyEventFunction
{
    SourceChainId = sampleMember.ChainId,
    SourceRegistry = sampleMember.Registry,
    Sequence = 1,
    Leaf = sampleEntry.LeafNode().ToByteArray(),
    Proof = [.. sampleTree.GetProof(sampleEntry).Select(h => h.ToByteArray())],
};
var verifyGas = await web3.Eth.GetContractTransactionHandler<VerifyEventFunction>().EstimateGasAsync(hub.Address, verify);
var readGas = await web3.Eth.GetContractTransactionHandler<CheckpointsOfFunction>().EstimateGasAsync(
    hub.Address, new CheckpointsOfFunction { SourceChainId = sampleMember.ChainId, SourceRegistry = sampleMember.Registry, Sequences = [1, 1, 1] });

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"members: {members}, roots per member per checkpoint: {roots:N0}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"postCheckpoint gas: first of a member {postGas.Min():N0} .. {postGas.Max():N0} (one transaction per member per period, whatever the number of roots)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"relay CPU per checkpoint ({roots:N0} entries + tree + one proof): median {buildMs.Order().ElementAt(buildMs.Count / 2):F1} ms, max {buildMs.Max():F1} ms"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"inclusion proof: {sampleTree.GetProof(sampleEntry).Length} nodes, {sampleTree.GetProof(sampleEntry).Length * Hash32.Size} bytes (+ {32 * (4 + sampleEntry.Fields.Count)} bytes of entry)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"verifyEvent (eth_estimateGas, a view: no fee): {verifyGas.Value:N0} gas; checkpointsOf 3 sequences: {readGas.Value:N0} gas"));
