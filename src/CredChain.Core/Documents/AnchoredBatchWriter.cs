using System.Buffers;
using System.Text.Json;
using CredChain.Core.Hashing;
using CredChain.Core.Merkle;

namespace CredChain.Core.Documents;

/// <summary>
/// Completes the issued documents of one anchored batch with their proofs, as fast as they can be copied: the root and
/// the anchor are the same for every document, so their JSON is written once, and each document's path comes from the
/// batch's tree. The output is byte for byte <c>Parse(stored).WithAnchor(tree.Root, tree.GetProof(targetHash), anchor).ToUtf8Bytes()</c>.
/// </summary>
/// <remarks>
/// The path is taken from the tree, so it always leads to <see cref="MerkleTree.Root"/>; the caller makes sure that root
/// is the one anchored on chain (once per batch, not once per document). A document in the compact form
/// <see cref="CredentialDocument.ToUtf8Bytes"/> writes for an issued credential (its proof ending with
/// <c>targetHash</c>) is spliced; any other form is re-written token by token, as
/// <see cref="CredentialDocument.WriteAnchored"/> does. Thread-safe.
/// </remarks>
public sealed class AnchoredBatchWriter
{
    // How an issued, unanchored document ends: ,"targetHash":"0x<64 hex>"}}
    private static ReadOnlySpan<byte> TargetHashTail => ",\"targetHash\":\"0x"u8;

    private static readonly int TailLength = TargetHashTail.Length + (2 * Hash32.Size) + 3;

    private readonly MerkleTree _tree;
    private readonly AnchorRef _anchor;
    private readonly byte[] _beforePath;
    private readonly byte[] _afterPath;

    /// <summary>Prepares the writer for the batch whose tree is <paramref name="tree"/> and whose root was anchored at <paramref name="anchor"/>.</summary>
    /// <exception cref="ArgumentException">The anchor is invalid (as <see cref="CredentialDocument.WithAnchor"/> checks).</exception>
    public AnchoredBatchWriter(MerkleTree tree, AnchorRef anchor)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(anchor);
        AnchoredDocumentWriter.CheckAnchor(anchor);
        _tree = tree;
        _anchor = anchor;

        // {"merkleRoot":"0x…","merklePath":[],"anchor":{…}} from the document writer itself, cut around the empty path.
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, CredentialDocumentWriter.Options(indented: false)))
        {
            writer.WriteStartObject();
            CredentialDocumentWriter.WriteAnchorMembers(writer, tree.Root, [], anchor);
            writer.WriteEndObject();
        }

        var members = buffer.WrittenSpan;
        var emptyPath = members.IndexOf("[]"u8);
        _beforePath = [(byte)',', .. members[1..(emptyPath + 1)]];
        _afterPath = [.. members[(emptyPath + 1)..], (byte)'}'];
    }

    /// <summary>Writes <paramref name="storedUtf8"/> (an issued document of this batch) completed with its proof.</summary>
    /// <exception cref="ArgumentException">The document's targetHash is not a leaf of this batch.</exception>
    /// <exception cref="CredentialFormatException">The stored bytes are not an issued document.</exception>
    public void Write(ReadOnlySpan<byte> storedUtf8, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!TryReadTargetHash(storedUtf8, out var targetHash))
        {
            AnchoredDocumentWriter.Write(storedUtf8, _tree.Root, ProofOf(ReadTargetHash(storedUtf8)), _anchor, output);
            return;
        }

        Span<Hash32> path = stackalloc Hash32[_tree.Depth];
        path = path[.._tree.CopyProof(IndexOf(targetHash), path)];
        var length = storedUtf8.Length - 2 + _beforePath.Length + (path.Length * (Hash32.HexLength + 3)) + _afterPath.Length;
        var span = output.GetSpan(length);
        storedUtf8[..^2].CopyTo(span);
        var at = storedUtf8.Length - 2;
        _beforePath.CopyTo(span[at..]);
        at += _beforePath.Length;
        for (var i = 0; i < path.Length; i++)
        {
            if (i > 0)
            {
                span[at++] = (byte)',';
            }

            span[at++] = (byte)'"';
            path[i].FormatUtf8(span.Slice(at, Hash32.HexLength));
            at += Hash32.HexLength;
            span[at++] = (byte)'"';
        }

        _afterPath.CopyTo(span[at..]);
        output.Advance(at + _afterPath.Length);
    }

    private Hash32[] ProofOf(Hash32 targetHash) => _tree.GetProof(IndexOf(targetHash));

    private int IndexOf(Hash32 targetHash)
    {
        var index = _tree.IndexOf(targetHash);
        return index >= 0
            ? index
            : throw new ArgumentException($"The document's targetHash {targetHash} is not a leaf of this batch.", nameof(targetHash));
    }

    /// <summary>True when the document ends as an issued one does, with its lowercase targetHash.</summary>
    private static bool TryReadTargetHash(ReadOnlySpan<byte> stored, out Hash32 targetHash)
    {
        targetHash = default;
        if (stored.Length < TailLength + 2 || stored[0] != (byte)'{' || !stored.EndsWith("\"}}"u8))
        {
            return false;
        }

        var tail = stored[^TailLength..];
        if (!tail.StartsWith(TargetHashTail))
        {
            return false;
        }

        var hex = tail.Slice(TargetHashTail.Length, 2 * Hash32.Size);
        if (hex.ContainsAnyExcept(LowercaseHexDigits))
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[Hash32.Size];
        Convert.FromHexString(hex, bytes, out _, out _);
        targetHash = Hash32.FromBytes(bytes);
        return true;
    }

    private static Hash32 ReadTargetHash(ReadOnlySpan<byte> stored)
    {
        var document = CredentialDocument.Parse(stored);
        return document.Proof.TargetHash;
    }

    private static readonly SearchValues<byte> LowercaseHexDigits = SearchValues.Create("0123456789abcdef"u8);
}
