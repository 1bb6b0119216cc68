using System.Buffers;
using System.Numerics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using CredChain.Core.Hashing;

namespace CredChain.Core.Documents;

/// <summary>Writes documents in one fixed shape so that the same document always gives the same bytes.</summary>
internal static class CredentialDocumentWriter
{
    // Keep CJK and other text readable in files; HTML-sensitive characters stay escaped.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    private static readonly JsonWriterOptions Compact = new() { Encoder = Encoder, SkipValidation = false };

    private static readonly JsonWriterOptions Indented = new() { Encoder = Encoder, Indented = true, IndentSize = 2 };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_proofBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_proofWriter;

    /// <summary>The calling thread's document buffers, one per credential of a group issued together.</summary>
    [ThreadStatic]
    private static byte[]?[]? t_documentBuffers;

    public static JsonWriterOptions Options(bool indented) => indented ? Indented : Compact;

    public static void Write(Utf8JsonWriter writer, CredentialDocument document)
    {
        writer.WriteStartObject();
        document.Credential.WriteMembers(writer);
        WriteProof(writer, document.Proof);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Compact document bytes from the credential's own compact bytes (a JSON object without <c>proof</c>, written with
    /// these options): the same bytes as <see cref="Write"/>, without re-writing the credential members.
    /// </summary>
    public static byte[] WriteWithCredentialBytes(ReadOnlySpan<byte> credential, CredentialProof proof) =>
        WriteWithCredentialBytes(credential, proof.Salts, proof.HiddenLeaves, proof.TargetHash, proof.MerkleRoot, proof.MerklePath, proof.Anchor);

    /// <summary>
    /// The compact bytes of a document from its credential's compact bytes and its proof's parts (see above). When
    /// <c>valueStarts</c> is given (one more than the salts), it receives where each salt's hex text and then the
    /// targetHash's start in the result.
    /// </summary>
    public static byte[] WriteWithCredentialBytes(
        ReadOnlySpan<byte> credential,
        IEnumerable<KeyValuePair<string, Salt>> sortedSalts,
        IEnumerable<Hash32> sortedHiddenLeaves,
        Hash32 targetHash,
        Hash32? merkleRoot = null,
        IEnumerable<Hash32>? merklePath = null,
        AnchorRef? anchor = null,
        int[]? valueStarts = null)
    {
        var proofMember = WriteProofMember(credential.Length, sortedSalts, sortedHiddenLeaves, targetHash, merkleRoot, merklePath, anchor, valueStarts);
        var result = new byte[credential.Length + proofMember.Length];
        Join(credential, proofMember, result);
        return result;
    }

    /// <summary>
    /// An issued document (no hidden leaves, no anchor) as <see cref="WriteWithCredentialBytes(ReadOnlySpan{byte}, IEnumerable{KeyValuePair{string, Salt}}, IEnumerable{Hash32}, Hash32, Hash32?, IEnumerable{Hash32}?, AnchorRef?, int[])"/>
    /// writes it, into the calling thread's buffer number <paramref name="slot"/>: the bytes are valid until the thread's
    /// next call with that slot.
    /// </summary>
    public static ReadOnlyMemory<byte> WriteIssuedTransient(ReadOnlySpan<byte> credential, IEnumerable<KeyValuePair<string, Salt>> sortedSalts, Hash32 targetHash, int[] valueStarts, int slot)
    {
        var proofMember = WriteProofMember(credential.Length, sortedSalts, [], targetHash, null, null, null, valueStarts);
        var length = credential.Length + proofMember.Length;
        var buffers = t_documentBuffers ??= new byte[]?[4];
        if (slot >= buffers.Length)
        {
            Array.Resize(ref buffers, slot + 1);
            t_documentBuffers = buffers;
        }

        var result = buffers[slot];
        if (result is null || result.Length < length)
        {
            result = buffers[slot] = new byte[Math.Max(4096, (int)BitOperations.RoundUpToPowerOf2((uint)length))];
        }

        Join(credential, proofMember, result);
        return result.AsMemory(0, length);
    }

    /// <summary>The <c>,"proof":{…}}</c> that follows a credential of <paramref name="credentialLength"/> bytes, in the thread's proof buffer.</summary>
    private static ReadOnlySpan<byte> WriteProofMember(
        int credentialLength,
        IEnumerable<KeyValuePair<string, Salt>> sortedSalts,
        IEnumerable<Hash32> sortedHiddenLeaves,
        Hash32 targetHash,
        Hash32? merkleRoot,
        IEnumerable<Hash32>? merklePath,
        AnchorRef? anchor,
        int[]? valueStarts)
    {
        var buffer = t_proofBuffer ??= new ArrayBufferWriter<byte>(2048);
        buffer.ResetWrittenCount();
        var writer = t_proofWriter;
        if (writer is null)
        {
            writer = t_proofWriter = new Utf8JsonWriter(buffer, Compact);
        }
        else
        {
            writer.Reset(buffer);
        }

        writer.WriteStartObject();
        WriteProof(writer, sortedSalts, sortedHiddenLeaves, targetHash, merkleRoot, merklePath ?? [], anchor, valueStarts);
        writer.WriteEndObject();
        writer.Flush();

        if (valueStarts is not null)
        {
            // Written at p in the proof buffer, the byte lands at p - 1 + credential length in the document (see Join).
            for (var i = 0; i < valueStarts.Length; i++)
            {
                valueStarts[i] += credentialLength - 1;
            }
        }

        // The proof object without its opening '{'.
        return buffer.WrittenSpan[1..];
    }

    /// <summary>The credential without its closing <c>}</c>, a comma, then the proof member: the document.</summary>
    private static void Join(ReadOnlySpan<byte> credential, ReadOnlySpan<byte> proofMember, Span<byte> result)
    {
        credential[..^1].CopyTo(result);
        result[credential.Length - 1] = (byte)',';
        proofMember.CopyTo(result[credential.Length..]);
    }

    private static void WriteProof(Utf8JsonWriter writer, CredentialProof proof) =>
        WriteProof(writer, proof.Salts, proof.HiddenLeaves, proof.TargetHash, proof.MerkleRoot, proof.MerklePath, proof.Anchor);

    /// <summary>
    /// Writes the <c>proof</c> member; <paramref name="salts"/> must already be sorted by path, <paramref name="hiddenLeaves"/>
    /// are written in their order. When <c>valueStarts</c> is given, it receives where each salt's hex text and then the
    /// targetHash's start in the writer's output.
    /// </summary>
    public static void WriteProof(
        Utf8JsonWriter writer,
        IEnumerable<KeyValuePair<string, Salt>> salts,
        IEnumerable<Hash32> hiddenLeaves,
        Hash32 targetHash,
        Hash32? merkleRoot,
        IEnumerable<Hash32> merklePath,
        AnchorRef? anchor,
        int[]? valueStarts = null)
    {
        writer.WriteStartObject(Credential.ProofMember);
        writer.WriteString(ProofNames.Type, CredentialProof.ProofType);
        writer.WriteNumber(ProofNames.Version, CredentialProof.Version);
        writer.WriteStartObject(ProofNames.Salts);
        Span<char> salt = stackalloc char[Salt.HexLength];
        var written = 0;
        foreach (var (path, value) in salts)
        {
            value.FormatTo(salt);
            writer.WriteString(path, salt);
            if (valueStarts is not null)
            {
                valueStarts[written++] = ValueStart(writer, Salt.HexLength);
            }
        }

        writer.WriteEndObject();
        Span<char> hex = stackalloc char[Hash32.HexLength];
        WriteHashes(writer, ProofNames.HiddenLeaves, hiddenLeaves, hex);
        targetHash.TryFormat(hex, out _);
        writer.WriteString(ProofNames.TargetHash, hex);
        if (valueStarts is not null)
        {
            valueStarts[written] = ValueStart(writer, Hash32.HexLength);
        }
        if (merkleRoot is { } root && anchor is not null)
        {
            WriteAnchorMembers(writer, root, merklePath, anchor);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes the proof members an anchored document adds after <c>targetHash</c>: root, path and anchor.</summary>
    public static void WriteAnchorMembers(Utf8JsonWriter writer, Hash32 merkleRoot, IEnumerable<Hash32> merklePath, AnchorRef anchor)
    {
        Span<char> hex = stackalloc char[Hash32.HexLength];
        merkleRoot.TryFormat(hex, out _);
        writer.WriteString(ProofNames.MerkleRoot, hex);
        WriteHashes(writer, ProofNames.MerklePath, merklePath, hex);
        writer.WriteStartObject(ProofNames.Anchor);
        writer.WriteNumber(ProofNames.ChainId, anchor.ChainId);
        writer.WriteString(ProofNames.Registry, anchor.Registry);
        anchor.TransactionHash.TryFormat(hex, out _);
        writer.WriteString(ProofNames.TransactionHash, hex);
        writer.WriteNumber(ProofNames.BlockNumber, anchor.BlockNumber);
        writer.WriteEndObject();
    }

    /// <summary>Where the string value just written (hex, never escaped) starts: before its closing quote, <paramref name="length"/> bytes back.</summary>
    private static int ValueStart(Utf8JsonWriter writer, int length) => (int)(writer.BytesCommitted + writer.BytesPending) - 1 - length;

    private static void WriteHashes(Utf8JsonWriter writer, string name, IEnumerable<Hash32> hashes, Span<char> hex)
    {
        writer.WriteStartArray(name);
        foreach (var hash in hashes)
        {
            hash.TryFormat(hex, out _);
            writer.WriteStringValue(hex);
        }

        writer.WriteEndArray();
    }
}
