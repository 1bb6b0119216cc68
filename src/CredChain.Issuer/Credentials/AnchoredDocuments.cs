using System.Text;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Merkle;
using CredChain.Issuer.Anchoring;
using CredChain.Issuer.Storage;
using Microsoft.Extensions.Options;

namespace CredChain.Issuer.Credentials;

/// <summary>Completes a stored document with its Merkle root, path and anchor once its batch is on chain.</summary>
internal sealed class AnchoredDocuments(IOptions<ChainOptions> chain)
{
    public static bool HasAnchor(BatchRecord? batch) =>
        batch is { Root: not null, TransactionHash: not null, BlockNumber: not null, State: BatchState.Anchored };

    public string Complete(string storedDocument, byte[] targetHash, BatchRecord batch, MerkleTree tree)
    {
        var document = CredentialDocument.Parse(Encoding.UTF8.GetBytes(storedDocument));
        var anchor = new AnchorRef(chain.Value.ChainId, chain.Value.CredentialRegistryAddress.ToLowerInvariant(), Hash32.FromBytes(batch.TransactionHash), batch.BlockNumber!.Value);
        var path = tree.GetProof(Hash32.FromBytes(targetHash));
        return document.WithAnchor(Hash32.FromBytes(batch.Root), path, anchor).ToJsonString();
    }
}
