using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;
using CredChain.Core.Canonicalization;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;

namespace CredChain.Core.Leaves;

/// <summary>
/// Salted leaf hashing and the targetHash (ARCHITECTURE.md, "The credential document"):
/// <c>leaf = keccak256(JCS({"path": p, "salt": s, "value": v}))</c> where <c>p</c> is the JSON Pointer of a scalar
/// value, <c>s</c> the salt as lowercase 0x-hex (34 characters) and <c>v</c> the scalar itself;
/// <c>targetHash = keccak256(all leaf hashes, disclosed and hidden, sorted ascending as bytes, concatenated)</c>.
/// </summary>
public static class CredentialHashing
{
    // A thread keeps its preimage buffer between documents up to this size; one huge document does not pin it.
    private const int RetainedBufferBytes = 64 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    /// <summary>The canonical preimage of a leaf: <c>{"path":…,"salt":"0x…","value":…}</c> in RFC 8785 form.</summary>
    /// <exception cref="CanonicalJsonException">The value has no canonical form.</exception>
    /// <exception cref="ArgumentException">The value is an object or array.</exception>
    public static byte[] GetLeafPreimage(string path, Salt salt, JsonElement value)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        WritePreimage(path, salt, value, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Hashes one leaf.</summary>
    /// <exception cref="CanonicalJsonException">The value has no canonical form.</exception>
    /// <exception cref="ArgumentException">The value is an object or array.</exception>
    public static Hash32 ComputeLeafHash(string path, Salt salt, JsonElement value)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(512);
        buffer.ResetWrittenCount();
        WritePreimage(path, salt, value, buffer);
        return Keccak256.Hash(buffer.WrittenSpan);
    }

    /// <summary>The disclosed leaves of a document in document order, each with its salt from the proof.</summary>
    /// <exception cref="CredentialIntegrityException">A value has no salt, a salt has no value, or an empty container is present.</exception>
    public static ImmutableArray<CredentialLeaf> ComputeLeaves(CredentialDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (values, salts) = Salted(document);
        var hashes = new Hash32[values.Count];
        HashLeaves(values, salts, hashes);
        var leaves = ImmutableArray.CreateBuilder<CredentialLeaf>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            leaves.Add(new CredentialLeaf(values[i].Path, values[i].Value, salts[i], hashes[i]));
        }

        return leaves.MoveToImmutable();
    }

    /// <summary>Recomputes a document's targetHash from its disclosed values, salts and hidden leaves.</summary>
    /// <exception cref="CredentialIntegrityException">The values and salts do not match one to one.</exception>
    public static Hash32 ComputeTargetHash(CredentialDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (values, salts) = Salted(document);
        var hidden = document.Proof.HiddenLeaves;
        var all = new Hash32[values.Count + hidden.Length];
        HashLeaves(values, salts, all.AsSpan(0, values.Count));
        hidden.CopyTo(all, values.Count);
        return ComputeTargetHashInPlace(all);
    }

    /// <summary>
    /// Hashes the leaves <c>(values[i], salts[i])</c> into <paramref name="destination"/>: the preimages written end to
    /// end, then hashed four at a time (<see cref="Keccak256x4"/>).
    /// </summary>
    /// <exception cref="CanonicalJsonException">A value has no canonical form.</exception>
    internal static void HashLeaves(List<(string Path, JsonElement Value)> values, ReadOnlySpan<Salt> salts, Span<Hash32> destination)
    {
        var preimages = t_buffer ??= new ArrayBufferWriter<byte>(512);
        preimages.ResetWrittenCount();
        Span<int> offsets = values.Count < 256 ? stackalloc int[values.Count + 1] : new int[values.Count + 1];
        offsets[0] = 0;
        for (var i = 0; i < values.Count; i++)
        {
            WritePreimage(values[i].Path, salts[i], values[i].Value, preimages);
            offsets[i + 1] = preimages.WrittenCount;
        }

        Keccak256x4.HashMany(preimages.WrittenSpan, offsets, destination);
        if (preimages.Capacity > RetainedBufferBytes)
        {
            t_buffer = null;
        }
    }

    /// <summary>A document's disclosed values in document order, each with its salt from the proof.</summary>
    /// <exception cref="CredentialIntegrityException">A value has no salt, a salt has no value, or an empty container is present.</exception>
    private static (List<(string Path, JsonElement Value)> Values, Salt[] Salts) Salted(CredentialDocument document)
    {
        var values = LeafWalker.Collect(document.Credential.Root);
        var lookup = document.Proof.SaltLookup;
        var salts = new Salt[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            if (!lookup.TryGetValue(values[i].Path, out salts[i]))
            {
                throw new CredentialIntegrityException(IntegrityError.MissingSalt, values[i].Path, "The value has no salt.");
            }
        }

        if (lookup.Count != values.Count)
        {
            throw UnusedSalt(document, values);
        }

        return (values, salts);
    }

    /// <summary><c>keccak256</c> of the leaf hashes sorted ascending as bytes and concatenated. The input is not modified.</summary>
    public static Hash32 ComputeTargetHash(IEnumerable<Hash32> leafHashes)
    {
        ArgumentNullException.ThrowIfNull(leafHashes);
        return ComputeTargetHashInPlace(leafHashes.ToArray());
    }

    internal static Hash32 ComputeTargetHashInPlace(Hash32[] hashes)
    {
        Array.Sort(hashes);
        var length = hashes.Length * Hash32.Size;
        var bytes = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            for (var i = 0; i < hashes.Length; i++)
            {
                hashes[i].CopyTo(bytes.AsSpan(i * Hash32.Size));
            }

            return Keccak256.Hash(bytes.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static CredentialIntegrityException UnusedSalt(CredentialDocument document, List<(string Path, JsonElement Value)> values)
    {
        var disclosed = values.Select(static v => v.Path).ToHashSet(StringComparer.Ordinal);
        var unused = document.Proof.Salts.Keys.First(key => !disclosed.Contains(key));
        return new CredentialIntegrityException(IntegrityError.UnusedSalt, unused, "The salt names no disclosed value.");
    }

    private static void WritePreimage(string path, Salt salt, JsonElement value, ArrayBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (value.ValueKind is JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Undefined)
        {
            throw new ArgumentException("A leaf value is a JSON scalar.", nameof(value));
        }

        WritePreimageStart(path, salt, output);
        CanonicalJson.WriteTo(value, output);
        output.Write("}"u8);
    }

    /// <summary>The preimage up to its value: <c>{"path":…,"salt":"0x…","value":</c>. The caller writes the canonical value and <c>}</c>.</summary>
    internal static void WritePreimageStart(string path, Salt salt, IBufferWriter<byte> output)
    {
        // Member names are already in RFC 8785 order: "path" < "salt" < "value".
        output.Write("{\"path\":"u8);
        CanonicalJson.WriteString(path, output);
        output.Write(",\"salt\":\""u8);
        salt.FormatTo(output.GetSpan(Salt.HexLength));
        output.Advance(Salt.HexLength);
        output.Write("\",\"value\":"u8);
    }
}
