using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json;
using CredChain.Core.Hashing;
using static CredChain.Core.Documents.JsonMembers;

namespace CredChain.Core.Documents;

/// <summary>Reads the <c>proof</c> object: type and version, salts, hidden leaves, targetHash and the optional anchor part.</summary>
internal static class ProofReader
{
    private const string At = "/proof";

    private static readonly SearchValues<byte> LowercaseHexDigits = SearchValues.Create("0123456789abcdef"u8);

    public static CredentialProof Read(JsonElement proof)
    {
        CheckTypeAndVersion(proof);
        var salts = ReadSalts(Required(proof, ProofNames.Salts, JsonValueKind.Object, At));
        var hidden = proof.TryGetProperty(ProofNames.HiddenLeaves, out var hiddenElement)
            ? ReadHashes(hiddenElement, At + "/hiddenLeaves")
            : [];
        var targetHash = ReadHash(Required(proof, ProofNames.TargetHash, JsonValueKind.String, At), At + "/targetHash");

        var hasRoot = proof.TryGetProperty(ProofNames.MerkleRoot, out var rootElement);
        var hasPath = proof.TryGetProperty(ProofNames.MerklePath, out var pathElement);
        var hasAnchor = proof.TryGetProperty(ProofNames.Anchor, out var anchorElement);
        if (!hasRoot && !hasPath && !hasAnchor)
        {
            return new CredentialProof(salts, hidden, targetHash);
        }

        if (!(hasRoot && hasPath && hasAnchor))
        {
            throw Error(CredentialFormatError.InconsistentProof, At, "merkleRoot, merklePath and anchor must be all present or all absent.");
        }

        var merkleRoot = ReadHash(Expect(rootElement, JsonValueKind.String, At + "/merkleRoot"), At + "/merkleRoot");
        var merklePath = ReadHashes(pathElement, At + "/merklePath");
        var anchor = ReadAnchor(Expect(anchorElement, JsonValueKind.Object, At + "/anchor"), At + "/anchor");
        return new CredentialProof(salts, hidden, targetHash, merkleRoot, merklePath, anchor);
    }

    private static void CheckTypeAndVersion(JsonElement proof)
    {
        var type = Required(proof, ProofNames.Type, JsonValueKind.String, At).GetString();
        if (!string.Equals(type, CredentialProof.ProofType, StringComparison.Ordinal))
        {
            throw Error(CredentialFormatError.InconsistentProof, At + "/type", $"The proof type must be {CredentialProof.ProofType}.");
        }

        if (!proof.TryGetProperty(ProofNames.Version, out var version)
            || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number != CredentialProof.Version)
        {
            throw Error(
                CredentialFormatError.UnsupportedVersion,
                At + "/version",
                $"The proof's format version must be {CredentialProof.Version}; this credential was issued in an earlier format that is no longer verified. Ask the issuer for a new copy.");
        }
    }

    private static ImmutableSortedDictionary<string, Salt> ReadSalts(JsonElement saltsElement)
    {
        var salts = ImmutableSortedDictionary.CreateBuilder<string, Salt>(StringComparer.Ordinal);
        Span<char> buffer = stackalloc char[Salt.HexLength];
        foreach (var member in saltsElement.EnumerateObject())
        {
            if (member.Name.Length == 0 || !JsonPointer.IsValid(member.Name))
            {
                throw Error(CredentialFormatError.BadPointer, SaltPath(member.Name), "A salt key must be a non-empty JSON Pointer.");
            }

            if (member.Value.ValueKind != JsonValueKind.String)
            {
                throw WrongType(member.Value, JsonValueKind.String, SaltPath(member.Name));
            }

            if (!TryReadSalt(member.Value, buffer, out var salt))
            {
                throw HexError(member.Value.GetString()!, Salt.Size, SaltPath(member.Name));
            }

            salts.Add(member.Name, salt);
        }

        return salts.ToImmutable();
    }

    private static bool TryReadSalt(JsonElement element, Span<char> buffer, out Salt salt)
    {
        Span<byte> bytes = stackalloc byte[Salt.Size];
        if (TryDecodeLowercaseHex(element, bytes))
        {
            salt = Salt.FromBytes(bytes);
            return true;
        }

        return TryGetPlainText(element, buffer, out var text) ? Salt.TryParse(text, out salt) : Salt.TryParse(element.GetString(), out salt);
    }

    private static string SaltPath(string key) => "/proof/salts/" + JsonPointer.Escape(key);

    private static AnchorRef ReadAnchor(JsonElement anchor, string at)
    {
        var chainId = ReadInteger(Required(anchor, ProofNames.ChainId, JsonValueKind.Number, at), at, ProofNames.ChainId, minimum: 1);
        var registry = Required(anchor, ProofNames.Registry, JsonValueKind.String, at).GetString()!;
        if (!HexText.IsAddress(registry))
        {
            throw Error(registry.StartsWith("0x", StringComparison.Ordinal) && registry.Length != 42 ? CredentialFormatError.WrongLength : CredentialFormatError.BadHex,
                Member(at, ProofNames.Registry), "The registry must be an address: 0x followed by 40 hex digits.");
        }

        var transactionElement = Required(anchor, ProofNames.TransactionHash, JsonValueKind.String, at);
        var transaction = TryReadHash(transactionElement, out var hash) ? hash : throw HexError(transactionElement.GetString()!, Hash32.Size, Member(at, ProofNames.TransactionHash));
        var block = ReadInteger(Required(anchor, ProofNames.BlockNumber, JsonValueKind.Number, at), at, ProofNames.BlockNumber, minimum: 0);
        return new AnchorRef(chainId, registry, transaction, block);
    }

    private static long ReadInteger(JsonElement element, string at, string name, long minimum) =>
        element.TryGetInt64(out var value) && value >= minimum
            ? value
            : throw Error(CredentialFormatError.BadNumber, Member(at, name), $"Expected an integer of at least {minimum}.");

    private static ImmutableArray<Hash32> ReadHashes(JsonElement element, string at)
    {
        Expect(element, JsonValueKind.Array, at);
        var builder = ImmutableArray.CreateBuilder<Hash32>(element.GetArrayLength());
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                throw WrongType(item, JsonValueKind.String, Item(at, index));
            }

            builder.Add(TryReadHash(item, out var hash) ? hash : throw HexError(item.GetString()!, Hash32.Size, Item(at, index)));
            index++;
        }

        return builder.MoveToImmutable();
    }

    private static Hash32 ReadHash(JsonElement element, string at) =>
        TryReadHash(element, out var hash) ? hash : throw HexError(element.GetString()!, Hash32.Size, at);

    private static bool TryReadHash(JsonElement element, out Hash32 hash)
    {
        Span<byte> bytes = stackalloc byte[Hash32.Size];
        if (TryDecodeLowercaseHex(element, bytes))
        {
            hash = Hash32.FromBytes(bytes);
            return true;
        }

        hash = default;
        Span<char> buffer = stackalloc char[Hash32.HexLength];
        // An escaped form (\u0061...) of valid hex is still valid hex once read.
        var text = TryGetPlainText(element, buffer, out var plain) ? plain : element.GetString().AsSpan();
        return HexText.IsLowercaseHex(text, Hash32.Size) && Hash32.TryParse(text, out hash);
    }

    /// <summary>
    /// The usual case of a hex value: <c>0x</c> and exactly <c>2 * destination.Length</c> lowercase hex digits,
    /// written without escapes, decoded straight from the raw UTF-8. False for anything else, which callers then
    /// check character by character (and reject with the precise error).
    /// </summary>
    private static bool TryDecodeLowercaseHex(JsonElement element, Span<byte> destination)
    {
        var raw = JsonMarshal.GetRawUtf8Value(element);
        if (raw.Length != 4 + (2 * destination.Length) || raw[1] != (byte)'0' || raw[2] != (byte)'x')
        {
            return false;
        }

        var digits = raw[3..^1];
        return !digits.ContainsAnyExcept(LowercaseHexDigits)
            && Convert.FromHexString(digits, destination, out _, out var written) == OperationStatus.Done
            && written == destination.Length;
    }

    private static CredentialFormatException HexError(string text, int size, string at)
    {
        var lowercaseHexOfOtherLength = text.Length >= 2 && text.StartsWith("0x", StringComparison.Ordinal)
            && text.Length % 2 == 0 && HexText.IsLowercaseHex(text, (text.Length - 2) / 2);
        return lowercaseHexOfOtherLength
            ? Error(CredentialFormatError.WrongLength, at, $"Expected {size} bytes of hex, got {(text.Length - 2) / 2}.")
            : Error(CredentialFormatError.BadHex, at, $"Expected 0x followed by {2 * size} lowercase hex digits.");
    }
}
