using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Merkle;
using CredChain.Issuer.Chain;
using CredChain.Issuer.Storage;
using Microsoft.Extensions.Options;

namespace CredChain.Issuer.Anchoring;

/// <summary>Completes stored documents with their Merkle root, path and anchor once their batch is on chain.</summary>
internal sealed class AnchoredDocuments(IOptions<ChainOptions> chain)
{
    public static bool HasAnchor(BatchRecord? batch) =>
        batch is { Root: not null, TransactionHash: not null, BlockNumber: not null, State: BatchState.Anchored };

    /// <summary>The anchor of an anchored batch (see <see cref="HasAnchor"/>).</summary>
    public AnchorRef AnchorOf(BatchRecord batch) =>
        new(chain.Value.ChainId, chain.Value.CredentialRegistryAddress.ToLowerInvariant(), Hash32.FromBytes(batch.TransactionHash), batch.BlockNumber!.Value);

    /// <summary>
    /// The writer of an anchored batch's documents. Paths come from <paramref name="tree"/>, built from the stored
    /// targetHashes; it is refused unless its root is the one the batch anchored, so every path written leads to the
    /// anchored root without checking each document's path again.
    /// </summary>
    /// <exception cref="InvalidOperationException">The stored credentials do not give the anchored root.</exception>
    public AnchoredDocumentWriter WriterFor(BatchRecord batch, MerkleTree tree)
    {
        var anchored = Hash32.FromBytes(batch.Root);
        return tree.Root == anchored
            ? new AnchoredDocumentWriter(tree, AnchorOf(batch))
            : throw new InvalidOperationException($"Batch {batch.Id}: its stored credentials give the root {tree.Root}, not the anchored {anchored}.");
    }
}
