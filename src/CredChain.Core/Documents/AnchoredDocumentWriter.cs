using System.Buffers;
using System.Text.Json;
using CredChain.Core.Hashing;

namespace CredChain.Core.Documents;

/// <summary>
/// Completes a stored, issued document with its batch proof by streaming its tokens (no document tree, no credential
/// validation): the output is byte-for-byte what <c>Parse(stored).WithAnchor(...).ToUtf8Bytes()</c> writes.
/// </summary>
internal static class AnchoredDocumentWriter
{
    private const int MaxHexChars = 128;

    public static void Write(ReadOnlySpan<byte> stored, Hash32 merkleRoot, IReadOnlyList<Hash32> merklePath, AnchorRef anchor, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(merklePath);
        ArgumentNullException.ThrowIfNull(anchor);
        ArgumentNullException.ThrowIfNull(output);
        CheckAnchor(anchor);
        if (stored.Length > CredentialLimits.MaxDocumentBytes)
        {
            throw new CredentialFormatException(CredentialFormatError.TooLarge, null, $"The document is larger than {CredentialLimits.MaxDocumentBytes} bytes.");
        }

        if (!System.Text.Unicode.Utf8.IsValid(stored))
        {
            throw new CredentialFormatException(CredentialFormatError.InvalidJson, null, "The document is not valid UTF-8.");
        }

        try
        {
            // First pass: read the proof and check the path before anything is written to the output.
            var proof = ReadProof(stored);
            Hash32[] path = [.. merklePath];
            if (!Merkle.MerkleTree.Verify(proof.TargetHash, path, merkleRoot))
            {
                throw new ArgumentException("The Merkle path does not lead from the credential's targetHash to the root.", nameof(merklePath));
            }

            using var writer = new Utf8JsonWriter(output, CredentialDocumentWriter.Options(indented: false));
            writer.WriteStartObject();
            CopyCredentialMembers(stored, writer);
            CredentialDocumentWriter.WriteProof(writer, proof.Salts, proof.HiddenLeaves, proof.TargetHash, merkleRoot, path, anchor);
            writer.WriteEndObject();
        }
        catch (JsonException exception)
        {
            throw new CredentialFormatException(CredentialFormatError.InvalidJson, null, "The document is not well-formed JSON: " + exception.Message, exception);
        }
        catch (InvalidOperationException exception)
        {
            throw new CredentialFormatException(CredentialFormatError.NotCanonicalizable, null, "A string is not valid UTF-16.", exception);
        }
    }

    /// <summary>The checks <see cref="CredentialDocument.WithAnchor"/> makes on the anchor.</summary>
    public static void CheckAnchor(AnchorRef anchor)
    {
        if (anchor.ChainId <= 0 || anchor.BlockNumber < 0 || !HexText.IsAddress(anchor.Registry))
        {
            throw new ArgumentException("The anchor needs a positive chain id, a non-negative block number and a registry address.", nameof(anchor));
        }
    }

    private static Utf8JsonReader Reader(ReadOnlySpan<byte> stored) =>
        new(stored, new JsonReaderOptions { MaxDepth = CredentialLimits.MaxDepth + 1 });

    private static StoredProof ReadProof(ReadOnlySpan<byte> stored)
    {
        var reader = Reader(stored);
        ReadStartObject(ref reader, CredentialFormatError.RootNotObject, string.Empty);
        StoredProof? proof = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!reader.ValueTextEquals(Credential.ProofMember))
            {
                reader.Read();
                reader.Skip();
                continue;
            }

            if (proof is not null)
            {
                throw new CredentialFormatException(CredentialFormatError.DuplicateKey, "/proof", "The member \"proof\" appears twice.");
            }

            ReadStartObject(ref reader, CredentialFormatError.WrongType, "/proof");
            proof = ReadProofMembers(ref reader);
        }

        return proof ?? throw new CredentialFormatException(CredentialFormatError.MissingField, "/proof", "The member \"proof\" is required.");
    }

    private static StoredProof ReadProofMembers(ref Utf8JsonReader reader)
    {
        var proof = new StoredProof();
        var hasType = false;
        var hasSalts = false;
        var hasTarget = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(ProofNames.Type))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.String || !reader.ValueTextEquals(CredentialProof.ProofType))
                {
                    throw new CredentialFormatException(CredentialFormatError.InconsistentProof, "/proof/type", $"The proof type must be {CredentialProof.ProofType}.");
                }

                hasType = true;
            }
            else if (reader.ValueTextEquals(ProofNames.Salts))
            {
                ReadStartObject(ref reader, CredentialFormatError.WrongType, "/proof/salts");
                ReadSalts(ref reader, proof.Salts);
                hasSalts = true;
            }
            else if (reader.ValueTextEquals(ProofNames.HiddenLeaves))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    throw new CredentialFormatException(CredentialFormatError.WrongType, "/proof/hiddenLeaves", $"Expected Array, found {reader.TokenType}.");
                }

                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    proof.HiddenLeaves.Add(ReadHash(ref reader, "/proof/hiddenLeaves"));
                }
            }
            else if (reader.ValueTextEquals(ProofNames.TargetHash))
            {
                reader.Read();
                proof.TargetHash = ReadHash(ref reader, "/proof/targetHash");
                hasTarget = true;
            }
            else
            {
                // A previous anchor (replaced) or a member the format does not know (dropped, as Parse does).
                reader.Read();
                reader.Skip();
            }
        }

        if (!(hasType && hasSalts && hasTarget))
        {
            throw new CredentialFormatException(CredentialFormatError.MissingField, "/proof", "The proof needs type, salts and targetHash.");
        }

        proof.Salts.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        for (var i = 1; i < proof.Salts.Count; i++)
        {
            if (string.Equals(proof.Salts[i - 1].Key, proof.Salts[i].Key, StringComparison.Ordinal))
            {
                throw new CredentialFormatException(CredentialFormatError.DuplicateKey, "/proof/salts/" + JsonPointer.Escape(proof.Salts[i].Key), $"The member \"{proof.Salts[i].Key}\" appears twice.");
            }
        }

        return proof;
    }

    private static void ReadSalts(ref Utf8JsonReader reader, List<KeyValuePair<string, Salt>> salts)
    {
        Span<char> text = stackalloc char[MaxHexChars];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            var at = "/proof/salts/" + JsonPointer.Escape(key);
            if (key.Length == 0 || !JsonPointer.IsValid(key))
            {
                throw new CredentialFormatException(CredentialFormatError.BadPointer, at, "A salt key must be a non-empty JSON Pointer.");
            }

            reader.Read();
            if (reader.TokenType != JsonTokenType.String || reader.ValueSpan.Length > MaxHexChars
                || !Salt.TryParse(text[..reader.CopyString(text)], out var salt))
            {
                throw new CredentialFormatException(CredentialFormatError.BadHex, at, $"Expected 0x followed by {2 * Salt.Size} lowercase hex digits.");
            }

            salts.Add(new(key, salt));
        }
    }

    private static Hash32 ReadHash(ref Utf8JsonReader reader, string at)
    {
        Span<char> text = stackalloc char[MaxHexChars];
        if (reader.TokenType != JsonTokenType.String || reader.ValueSpan.Length > MaxHexChars)
        {
            throw new CredentialFormatException(CredentialFormatError.BadHex, at, $"Expected 0x followed by {2 * Hash32.Size} lowercase hex digits.");
        }

        var hex = text[..reader.CopyString(text)];
        return HexText.IsLowercaseHex(hex, Hash32.Size) && Hash32.TryParse(hex, out var hash)
            ? hash
            : throw new CredentialFormatException(CredentialFormatError.BadHex, at, $"Expected 0x followed by {2 * Hash32.Size} lowercase hex digits.");
    }

    private static void ReadStartObject(ref Utf8JsonReader reader, CredentialFormatError error, string at)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new CredentialFormatException(error, at, "Expected a JSON object.");
        }
    }

    /// <summary>Writes every top-level member but <c>proof</c>, as <see cref="JsonElement.WriteTo"/> would.</summary>
    private static void CopyCredentialMembers(ReadOnlySpan<byte> stored, Utf8JsonWriter writer)
    {
        var reader = Reader(stored);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(Credential.ProofMember))
            {
                reader.Read();
                reader.Skip();
                continue;
            }

            WriteToken(ref reader, writer);
            reader.Read();
            var depth = reader.CurrentDepth;
            while (true)
            {
                WriteToken(ref reader, writer);
                if (reader.CurrentDepth == depth && reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
                {
                    break;
                }

                reader.Read();
            }
        }
    }

    private static void WriteToken(ref Utf8JsonReader reader, Utf8JsonWriter writer)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                writer.WriteStartObject();
                break;
            case JsonTokenType.EndObject:
                writer.WriteEndObject();
                break;
            case JsonTokenType.StartArray:
                writer.WriteStartArray();
                break;
            case JsonTokenType.EndArray:
                writer.WriteEndArray();
                break;
            case JsonTokenType.PropertyName:
                WriteText(ref reader, writer, propertyName: true);
                break;
            case JsonTokenType.String:
                WriteText(ref reader, writer, propertyName: false);
                break;
            case JsonTokenType.Number:
                writer.WriteRawValue(reader.ValueSpan, skipInputValidation: true);
                break;
            case JsonTokenType.True:
                writer.WriteBooleanValue(true);
                break;
            case JsonTokenType.False:
                writer.WriteBooleanValue(false);
                break;
            case JsonTokenType.Null:
                writer.WriteNullValue();
                break;
            default:
                throw new CredentialFormatException(CredentialFormatError.InvalidJson, null, $"Unexpected JSON token {reader.TokenType}.");
        }
    }

    /// <summary>Writes a name or string from its unescaped UTF-8, so the writer's encoder decides the escaping (as JsonElement.WriteTo does).</summary>
    private static void WriteText(ref Utf8JsonReader reader, Utf8JsonWriter writer, bool propertyName)
    {
        byte[]? rented = null;
        scoped ReadOnlySpan<byte> text = reader.ValueSpan;
        if (reader.ValueIsEscaped)
        {
            Span<byte> buffer = text.Length <= 256 ? stackalloc byte[256] : (rented = ArrayPool<byte>.Shared.Rent(text.Length));
            text = buffer[..reader.CopyString(buffer)];
        }

        if (propertyName)
        {
            writer.WritePropertyName(text);
        }
        else
        {
            writer.WriteStringValue(text);
        }

        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private sealed class StoredProof
    {
        public List<KeyValuePair<string, Salt>> Salts { get; } = [];

        public List<Hash32> HiddenLeaves { get; } = [];

        public Hash32 TargetHash { get; set; }
    }
}
