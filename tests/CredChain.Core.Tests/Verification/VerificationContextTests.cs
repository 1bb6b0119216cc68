using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Merkle;
using CredChain.Core.Tests.Support;
using CredChain.Core.Verification;
using Microsoft.Extensions.Time.Testing;

namespace CredChain.Core.Tests.Verification;

/// <summary>The Merkle path is folded once per verification and handed to the registry with the query.</summary>
public sealed class VerificationContextTests
{
    private static readonly AnchorRef Anchor = new(Samples.ChainId, Samples.Registry, Keccak256.Hash("anchor-tx"u8), 118);

    [Theory]
    [InlineData(false, true, CheckStatus.Valid)]
    [InlineData(true, false, CheckStatus.Invalid)]
    public async Task Verify_QueryCarriesTheSameFoldAsTheMerklePathCheck(bool tamperPath, bool expectedFold, CheckStatus expectedCheck)
    {
        var factory = Samples.Factory(seed: 5);
        var batch = Enumerable.Range(0, 4).Select(_ => factory.Create(Samples.Draft())).ToArray();
        var tree = MerkleTree.Build(batch.Select(d => d.Proof.TargetHash));
        var path = tree.GetProof(batch[1].Proof.TargetHash);
        var document = batch[1].WithAnchor(tree.Root, path, Anchor);
        var bytes = document.ToJsonString();
        if (tamperPath)
        {
            bytes = bytes.Replace(path[0].ToString(), Keccak256.Hash("other"u8).ToString(), StringComparison.Ordinal);
        }

        var registry = new CapturingRegistry();
        var verdict = await new CredentialVerifier(registry, new FakeTimeProvider(Samples.IssuedAt.AddDays(1))).VerifyAsync(System.Text.Encoding.UTF8.GetBytes(bytes));

        Assert.Equal(
            (expectedFold, expectedCheck),
            (registry.Query!.PathLeadsToRoot, verdict.ResultFor(CheckKind.MerklePath)!.Status));
    }

    private sealed class CapturingRegistry : IAnchorRegistry
    {
        public AnchorQuery? Query { get; private set; }

        public bool Serves(long chainId, string registryAddress) => true;

        public ValueTask<AnchorRecord> LookupAsync(AnchorQuery query, CancellationToken cancellationToken)
        {
            Query = query;
            return ValueTask.FromResult(new AnchorRecord(false, null, null, false, null, null, false, false, null, new BlockRef(1, Samples.IssuedAt)));
        }
    }
}
