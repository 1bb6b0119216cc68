using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;
using CredChain.Core.Canonicalization;
using CredChain.Core.Hashing;

namespace CredChain.Core.OpenAttestation;

/// <summary>
/// OpenAttestation v2 (<c>SHA3MerkleProof</c>) hashing, written from the format's rules: <c>data</c> flattened to
/// dot-joined paths, one leaf <c>keccak256(JSON.stringify({[path]: value}))</c> per path, the targetHash
/// <c>keccak256(JSON.stringify(sorted leaf and obfuscatedData hashes))</c>, and a sorted-pair Merkle proof.
/// <c>JSON.stringify</c> of a string or number is RFC 8785's serialization, which this reuses. Thread-safe.
/// </summary>
public static class OpenAttestationHashing
{
    /// <summary>
    /// The leaf hashes of <paramref name="data"/> (lowercase hex without <c>0x</c>, the library's form), in document
    /// order; <see langword="false"/> when a member name contains a period, which the format cannot flatten.
    /// </summary>
    /// <exception cref="CanonicalJsonException">A string holds an unpaired surrogate.</exception>
    public static bool TryComputeLeafHashes(JsonElement data, out ImmutableArray<string> hashes)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        var buffer = new ArrayBufferWriter<byte>(256);
        var ok = Walk(data, null, builder, buffer);
        hashes = ok ? builder.ToImmutable() : [];
        return ok;
    }

    /// <summary>The targetHash of a document whose leaves and obfuscated hashes are <paramref name="hashes"/> (any order).</summary>
    public static string ComputeTargetHash(IEnumerable<string> hashes)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        var sorted = hashes.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal); // lodash sortBy on strings: UTF-16 code unit order
        var buffer = new ArrayBufferWriter<byte>((sorted.Length * 67) + 2);
        buffer.Write("["u8);
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i > 0)
            {
                buffer.Write(","u8);
            }

            CanonicalJson.WriteString(sorted[i], buffer);
        }

        buffer.Write("]"u8);
        return Hex(Keccak256.Hash(buffer.WrittenSpan));
    }

    /// <summary>The root the proof leads to from <paramref name="targetHash"/>: each step hashes the sorted pair.</summary>
    public static Hash32 ComputeMerkleRoot(Hash32 targetHash, IReadOnlyList<Hash32> proof)
    {
        ArgumentNullException.ThrowIfNull(proof);
        var node = targetHash;
        foreach (var sibling in proof)
        {
            node = node <= sibling ? Keccak256.HashPair(node, sibling) : Keccak256.HashPair(sibling, node);
        }

        return node;
    }

    /// <summary>The UTF-8 text a leaf hashes: <c>JSON.stringify({[path]: value})</c>.</summary>
    internal static void WritePreimage(string path, JsonElement value, ArrayBufferWriter<byte> output)
    {
        output.Write("{"u8);
        CanonicalJson.WriteString(path, output);
        output.Write(":"u8);
        WriteValue(value, output);
        output.Write("}"u8);
    }

    internal static string Hex(Hash32 hash) => hash.ToString()[2..];

    private static bool Walk(JsonElement element, string? path, ImmutableArray<string>.Builder hashes, ArrayBufferWriter<byte> buffer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object when path is null || element.EnumerateObject().Any():
                foreach (var member in element.EnumerateObject())
                {
                    if (member.Name.Contains('.', StringComparison.Ordinal)
                        || !Walk(member.Value, path is null ? member.Name : path + "." + member.Name, hashes, buffer))
                    {
                        return false;
                    }
                }

                return true;
            case JsonValueKind.Array when element.GetArrayLength() > 0:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    var key = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (!Walk(item, path is null ? key : path + "." + key, hashes, buffer))
                    {
                        return false;
                    }

                    index++;
                }

                return true;
            default:
                // Scalars and empty containers are values of their own (flatten does not descend into an empty one).
                buffer.ResetWrittenCount();
                WritePreimage(path ?? string.Empty, element, buffer);
                hashes.Add(Hex(Keccak256.Hash(buffer.WrittenSpan)));
                return true;
        }
    }

    private static void WriteValue(JsonElement value, ArrayBufferWriter<byte> output)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                CanonicalJson.WriteString(value.GetString()!, output);
                break;
            case JsonValueKind.Number:
                // JSON.parse reads the nearest double; one beyond range is Infinity, which JSON.stringify writes as null.
                if (value.TryGetDouble(out var number) && double.IsFinite(number))
                {
                    CanonicalJson.WriteNumber(number == 0 ? 0 : number, output);
                }
                else
                {
                    output.Write("null"u8);
                }

                break;
            case JsonValueKind.Object:
                output.Write("{}"u8);
                break;
            case JsonValueKind.Array:
                output.Write("[]"u8);
                break;
            case JsonValueKind.True:
                output.Write("true"u8);
                break;
            case JsonValueKind.False:
                output.Write("false"u8);
                break;
            default:
                output.Write("null"u8);
                break;
        }
    }
}
