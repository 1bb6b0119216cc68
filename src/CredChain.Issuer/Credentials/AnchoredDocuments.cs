using System.Buffers;
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

    /// <summary>The anchor of an anchored batch (see <see cref="HasAnchor"/>).</summary>
    public AnchorRef AnchorOf(BatchRecord batch) =>
        new(chain.Value.ChainId, chain.Value.CredentialRegistryAddress.ToLowerInvariant(), Hash32.FromBytes(batch.TransactionHash), batch.BlockNumber!.Value);

    /// <summary>
    /// Writes the stored document completed with its proof, streamed from the stored bytes (no re-parse); Core refuses
    /// a path that does not lead from the document's targetHash to the root.
    /// </summary>
    public static void Complete(string storedDocument, byte[] targetHash, Hash32 root, AnchorRef anchor, MerkleTree tree, IBufferWriter<byte> output)
    {
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(storedDocument.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(storedDocument, rented);
            var path = tree.GetProof(Hash32.FromBytes(targetHash));
            CredentialDocument.WriteAnchored(rented.AsSpan(0, length), root, path, anchor, output);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
