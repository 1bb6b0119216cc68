using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;
using CredChain.Core.Canonicalization;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Leaves;

namespace CredChain.Core.Issuing;

/// <summary>
/// One forward pass over a credential the factory has just written: every scalar gets its JSON Pointer, a fresh salt
/// and its leaf hash, straight from the reader's tokens (no document tree, no second parse). Anything unusual (an empty
/// container, a duplicate member, a value without canonical form, nesting too deep) makes it give up, and the caller
/// takes the parsing path, which reports the error precisely. Once the walk has succeeded, every salt is drawn in one
/// call (as <see cref="CredentialFactory.Create(CredentialDraft, Guid)"/> draws them: same generator, same salts), and
/// the preimages are written end to end and hashed four at a time (<see cref="Keccak256x4"/>).
/// </summary>
internal static class IssuingWalk
{
    // A thread keeps buffers up to this size between credentials; one with huge values does not pin its buffer.
    private const int RetainedPreimageBytes = 64 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_preimages;

    [ThreadStatic]
    private static List<int>? t_offsets;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_values;

    [ThreadStatic]
    private static List<int>? t_valueEnds;

    public static bool TryHashLeaves(ReadOnlySpan<byte> credential, RandomNumberGenerator random, List<KeyValuePair<string, Salt>> salts, List<Hash32> hashes)
    {
        var reader = new Utf8JsonReader(credential, new JsonReaderOptions { MaxDepth = CredentialDocument.MaxDepth + 1 });
        var values = t_values ??= new ArrayBufferWriter<byte>(2048);
        var valueEnds = t_valueEnds ??= new List<int>(64);
        values.ResetWrittenCount();
        valueEnds.Clear();
        valueEnds.Add(0);
        var firstSalt = salts.Count;
        var paths = new HashSet<string>(StringComparer.Ordinal);

        // The pointer of each open container, and, per container, the next array index (-1 for objects) and whether it held anything.
        var containers = new List<(string Path, int NextIndex, bool Any)>(8);
        string? member = null;
        try
        {
            while (reader.Read())
            {
                string? path = null;
                if (containers.Count > 0)
                {
                    var (parent, next, _) = containers[^1];
                    if (reader.TokenType == JsonTokenType.PropertyName)
                    {
                        member = reader.ValueIsEscaped ? reader.GetString()! : System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
                        continue;
                    }

                    if (reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray))
                    {
                        path = next >= 0
                            ? parent + "/" + next.ToString(CultureInfo.InvariantCulture)
                            : parent + "/" + JsonPointer.Escape(member!);
                        containers[^1] = (parent, next >= 0 ? next + 1 : -1, true);
                        if (!paths.Add(path))
                        {
                            return false; // a member name repeated in one object
                        }
                    }
                }

                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        if (reader.CurrentDepth >= CredentialDocument.MaxDepth)
                        {
                            return false;
                        }

                        containers.Add((path ?? string.Empty, reader.TokenType == JsonTokenType.StartArray ? 0 : -1, false));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        if (!containers[^1].Any)
                        {
                            return false; // an empty object or array carries no leaf
                        }

                        containers.RemoveAt(containers.Count - 1);
                        break;
                    default:
                        // The salt comes once every leaf is known (see below); the path and value are kept until then.
                        if (!TryWriteValue(ref reader, values))
                        {
                            return false;
                        }

                        valueEnds.Add(values.WrittenCount);
                        salts.Add(new(path!, default));
                        break;
                }
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return false; // malformed, or a member name that is not valid UTF-16
        }

        // One draw of every leaf's salt, as Create makes it (same bytes from the same generator), then each leaf's preimage.
        var leaves = valueEnds.Count - 1;
        Span<byte> saltBytes = leaves <= 64 ? stackalloc byte[leaves * Salt.Size] : new byte[leaves * Salt.Size];
        random.GetBytes(saltBytes);
        var preimages = t_preimages ??= new ArrayBufferWriter<byte>(4096);
        var offsets = t_offsets ??= new List<int>(64);
        preimages.ResetWrittenCount();
        offsets.Clear();
        offsets.Add(0);
        for (var i = 0; i < leaves; i++)
        {
            var salt = Salt.FromBytes(saltBytes.Slice(i * Salt.Size, Salt.Size));
            var path = salts[firstSalt + i].Key;
            salts[firstSalt + i] = new(path, salt);
            CredentialHashing.WritePreimageStart(path, salt, preimages);
            preimages.Write(values.WrittenSpan[valueEnds[i]..valueEnds[i + 1]]);
            preimages.Write("}"u8);
            offsets.Add(preimages.WrittenCount);
        }

        var first = hashes.Count;
        CollectionsMarshal.SetCount(hashes, first + leaves);
        Keccak256x4.HashMany(preimages.WrittenSpan, CollectionsMarshal.AsSpan(offsets), CollectionsMarshal.AsSpan(hashes)[first..]);
        if (preimages.Capacity > RetainedPreimageBytes || values.Capacity > RetainedPreimageBytes)
        {
            t_preimages = null;
            t_offsets = null;
            t_values = null;
            t_valueEnds = null;
        }

        return true;
    }

    /// <summary>The scalar under the reader in RFC 8785 form, as CredentialHashing writes a leaf's value.</summary>
    private static bool TryWriteValue(ref Utf8JsonReader reader, ArrayBufferWriter<byte> output)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String when !reader.ValueIsEscaped:
                // Unescaped JSON string text is already canonical: JSON forbids raw quotes and controls in strings.
                var text = output.GetSpan(reader.ValueSpan.Length + 2);
                text[0] = (byte)'"';
                reader.ValueSpan.CopyTo(text[1..]);
                text[reader.ValueSpan.Length + 1] = (byte)'"';
                output.Advance(reader.ValueSpan.Length + 2);
                break;
            case JsonTokenType.String:
                string value;
                try
                {
                    value = reader.GetString()!;
                    CanonicalJson.WriteString(value, output);
                }
                catch (Exception exception) when (exception is InvalidOperationException or CanonicalJsonException)
                {
                    return false;
                }

                break;
            case JsonTokenType.Number:
                if (!JcsNumber.TryWriteRawInteger(reader.ValueSpan, output))
                {
                    if (!reader.TryGetDouble(out var number) || !double.IsFinite(number))
                    {
                        return false;
                    }

                    JcsNumber.Write(number, output);
                }

                break;
            case JsonTokenType.True:
                output.Write("true"u8);
                break;
            case JsonTokenType.False:
                output.Write("false"u8);
                break;
            case JsonTokenType.Null:
                output.Write("null"u8);
                break;
            default:
                return false;
        }

        return true;
    }
}
