using System.Text.Json;
using CredChain.Core.Hashing;

namespace CredChain.Core.Documents;

/// <summary>Reads a stored document's proof (type, salts, hidden leaves, targetHash) with a forward-only reader.</summary>
internal static class StoredProofReader
{
    private const int MaxHexChars = 128;

    public static StoredProof Read(ReadOnlySpan<byte> stored)
    {
        var reader = StreamedProofWriter.Reader(stored);
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
            proof = ReadMembers(ref reader);
        }

        return proof ?? throw new CredentialFormatException(CredentialFormatError.MissingField, "/proof", "The member \"proof\" is required.");
    }

    private static StoredProof ReadMembers(ref Utf8JsonReader reader)
    {
        var proof = new StoredProof();
        var (hasType, hasSalts, hasTarget) = (false, false, false);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(ProofNames.Type))
            {
                ReadType(ref reader);
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
                ReadHiddenLeaves(ref reader, proof.HiddenLeaves);
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

        SortSalts(proof.Salts);
        return proof;
    }

    private static void ReadType(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.String || !reader.ValueTextEquals(CredentialProof.ProofType))
        {
            throw new CredentialFormatException(CredentialFormatError.InconsistentProof, "/proof/type", $"The proof type must be {CredentialProof.ProofType}.");
        }
    }

    private static void ReadHiddenLeaves(ref Utf8JsonReader reader, List<Hash32> hiddenLeaves)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new CredentialFormatException(CredentialFormatError.WrongType, "/proof/hiddenLeaves", $"Expected Array, found {reader.TokenType}.");
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            hiddenLeaves.Add(ReadHash(ref reader, "/proof/hiddenLeaves"));
        }
    }

    /// <summary>Sorts the salts by path as the document writer writes them, refusing a path given twice.</summary>
    private static void SortSalts(List<KeyValuePair<string, Salt>> salts)
    {
        salts.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        for (var i = 1; i < salts.Count; i++)
        {
            if (string.Equals(salts[i - 1].Key, salts[i].Key, StringComparison.Ordinal))
            {
                throw new CredentialFormatException(CredentialFormatError.DuplicateKey, "/proof/salts/" + JsonPointer.Escape(salts[i].Key), $"The member \"{salts[i].Key}\" appears twice.");
            }
        }
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
}
