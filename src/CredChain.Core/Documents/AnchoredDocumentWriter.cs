using System.Buffers;
using CredChain.Core.Hashing;
using CredChain.Core.Merkle;

namespace CredChain.Core.Documents;

/// <summary>
/// Completes the stored, issued documents of one anchored batch with their proofs: the Merkle root, each document's
/// path (from the batch's tree) and where the root was anchored. The output is byte for byte
/// <c>Parse(stored).WithAnchor(tree.Root, tree.GetProof(targetHash), anchor).ToUtf8Bytes()</c>, without parsing.
/// </summary>
/// <remarks>
/// The path is taken from the tree, so it always leads to <see cref="MerkleTree.Root"/>; the caller makes sure that root
/// is the one anchored on chain (once per batch, not once per document). A document in the compact form
/// <see cref="CredentialDocument.ToUtf8Bytes"/> writes for an issued credential (its proof ending with
/// <c>targetHash</c>) has its proof completed in place (<see cref="SplicedProofWriter"/>); any other form (indented,
/// reordered, escaped, already anchored) is re-written token by token (<see cref="StreamedProofWriter"/>). Only the
/// proof is read and checked; the credential members are copied. Thread-safe.
/// </remarks>
public sealed class AnchoredDocumentWriter
{
    private readonly MerkleTree _tree;
    private readonly AnchorRef _anchor;
    private readonly SplicedProofWriter _spliced;

    /// <summary>Prepares the writer for the batch whose tree is <paramref name="tree"/> and whose root was anchored at <paramref name="anchor"/>.</summary>
    /// <exception cref="ArgumentException">The anchor is invalid (as <see cref="CredentialDocument.WithAnchor"/> checks).</exception>
    public AnchoredDocumentWriter(MerkleTree tree, AnchorRef anchor)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(anchor);
        CheckAnchor(anchor);
        _tree = tree;
        _anchor = anchor;
        _spliced = new SplicedProofWriter(tree.Root, anchor);
    }

    /// <summary>Writes <paramref name="storedUtf8"/> (an issued document of this batch) completed with its proof.</summary>
    /// <exception cref="ArgumentException">The document's targetHash is not a leaf of this batch; nothing is written.</exception>
    /// <exception cref="CredentialFormatException">The stored bytes are not JSON or carry no readable proof.</exception>
    public void Write(ReadOnlySpan<byte> storedUtf8, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!SplicedProofWriter.TryReadTargetHash(storedUtf8, out var targetHash))
        {
            StreamedProofWriter.Write(storedUtf8, _tree, _anchor, output);
            return;
        }

        Span<Hash32> path = stackalloc Hash32[_tree.Depth];
        path = path[.._tree.CopyProof(IndexOf(_tree, targetHash), path)];
        _spliced.Write(storedUtf8, path, output);
    }

    /// <summary>The checks <see cref="CredentialDocument.WithAnchor"/> makes on the anchor.</summary>
    internal static void CheckAnchor(AnchorRef anchor)
    {
        if (anchor.ChainId <= 0 || anchor.BlockNumber < 0 || !HexText.IsAddress(anchor.Registry))
        {
            throw new ArgumentException("The anchor needs a positive chain id, a non-negative block number and a registry address.", nameof(anchor));
        }
    }

    /// <summary>The sorted index of <paramref name="targetHash"/> in <paramref name="tree"/>, refused when it is not one of its leaves.</summary>
    internal static int IndexOf(MerkleTree tree, Hash32 targetHash)
    {
        var index = tree.IndexOf(targetHash);
        return index >= 0
            ? index
            : throw new ArgumentException($"The document's targetHash {targetHash} is not a leaf of this batch.", nameof(targetHash));
    }
}
