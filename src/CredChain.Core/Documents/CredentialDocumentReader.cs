using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using CredChain.Core.Hashing;

namespace CredChain.Core.Documents;

/// <summary>Parses and validates the native document format; every rejection is a typed <see cref="CredentialFormatException"/>.</summary>
internal static partial class CredentialDocumentReader
{
    private const string UrnUuidPrefix = "urn:uuid:";

    internal static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static CredentialDocument Read(ReadOnlySpan<byte> utf8Json)
    {
        // A byte order mark is how some editors save UTF-8: a file's encoding, not part of the document.
        if (utf8Json.StartsWith(Utf8Bom))
        {
            utf8Json = utf8Json[Utf8Bom.Length..];
        }

        if (utf8Json.Length > CredentialLimits.MaxDocumentBytes)
        {
            throw Error(CredentialFormatError.TooLarge, null, $"The document is larger than {CredentialLimits.MaxDocumentBytes} bytes.");
        }

        if (!System.Text.Unicode.Utf8.IsValid(utf8Json))
        {
            throw Error(CredentialFormatError.InvalidJson, null, "The document is not valid UTF-8.");
        }

        var root = ParseRoot(utf8Json);
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Error(CredentialFormatError.RootNotObject, string.Empty, "The document root must be a JSON object.");
        }

        CheckValues(root, utf8Validated: true);
        var credential = ReadCredential(root);
        var proof = ReadProof(Required(root, Credential.ProofMember, JsonValueKind.Object, string.Empty));
        return new CredentialDocument(credential, proof);
    }

    /// <summary>Validates a credential without a proof (what the issuing factory writes).</summary>
    internal static Credential ReadCredentialOnly(ReadOnlySpan<byte> utf8Json)
    {
        var root = ParseRoot(utf8Json);
        CheckValues(root, utf8Validated: false);
        return ReadCredential(root);
    }

    private static Credential ReadCredential(JsonElement root)
    {
        var context = ReadStrings(Required(root, "@context", JsonValueKind.Array, string.Empty), "/@context");
        if (context.Length == 0 || !string.Equals(context[0], Credential.BaseContext, StringComparison.Ordinal))
        {
            throw Error(CredentialFormatError.BadContext, "/@context", $"The first @context entry must be {Credential.BaseContext}.");
        }

        var id = Required(root, "id", JsonValueKind.String, string.Empty).GetString()!;
        if (!UuidV7Urn().IsMatch(id))
        {
            throw Error(CredentialFormatError.BadCredentialId, "/id", "The id must be urn:uuid: followed by a lowercase version-7 UUID.");
        }

        var types = ReadStrings(Required(root, "type", JsonValueKind.Array, string.Empty), "/type");
        if (!types.Contains(Credential.BaseType, StringComparer.Ordinal))
        {
            throw Error(CredentialFormatError.BadType, "/type", $"The type list must include {Credential.BaseType}.");
        }

        var issuerElement = Required(root, "issuer", JsonValueKind.Object, string.Empty);
        var issuerId = Required(issuerElement, "id", JsonValueKind.String, "/issuer").GetString()!;
        var issuerName = Required(issuerElement, "name", JsonValueKind.String, "/issuer").GetString()!;
        if (!IssuerRef.TryCreate(issuerId, issuerName, out var issuer))
        {
            throw Error(CredentialFormatError.BadIssuer, "/issuer", "The issuer id must be did:pkh:eip155:<chainId>:<address> and the name must not be empty.");
        }

        var validFrom = ReadDate(Required(root, "validFrom", JsonValueKind.String, string.Empty), "/validFrom");
        DateTimeOffset? validUntil = null;
        if (root.TryGetProperty("validUntil", out var validUntilElement))
        {
            validUntil = ReadDate(Expect(validUntilElement, JsonValueKind.String, "/validUntil"), "/validUntil");
            if (validUntil < validFrom)
            {
                throw Error(CredentialFormatError.BadValidityPeriod, "/validUntil", "validUntil is before validFrom.");
            }
        }

        var subject = Required(root, "credentialSubject", JsonValueKind.Object, string.Empty);
        return new Credential(root, context, id, Guid.Parse(id.AsSpan(UrnUuidPrefix.Length), CultureInfo.InvariantCulture), types, issuer, validFrom, validUntil, subject);
    }

    private static CredentialProof ReadProof(JsonElement proof)
    {
        const string at = "/proof";
        var type = Required(proof, ProofNames.Type, JsonValueKind.String, at).GetString();
        if (!string.Equals(type, CredentialProof.ProofType, StringComparison.Ordinal))
        {
            throw Error(CredentialFormatError.InconsistentProof, at + "/type", $"The proof type must be {CredentialProof.ProofType}.");
        }

        if (!proof.TryGetProperty(ProofNames.Version, out var version)
            || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number != CredentialProof.Version)
        {
            throw Error(
                CredentialFormatError.UnsupportedVersion,
                at + "/version",
                $"The proof's format version must be {CredentialProof.Version}; this credential was issued in an earlier format that is no longer verified. Ask the issuer for a new copy.");
        }

        var salts = ImmutableSortedDictionary.CreateBuilder<string, Salt>(StringComparer.Ordinal);
        Span<char> buffer = stackalloc char[Salt.HexLength];
        foreach (var member in Required(proof, ProofNames.Salts, JsonValueKind.Object, at).EnumerateObject())
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

        var hidden = proof.TryGetProperty(ProofNames.HiddenLeaves, out var hiddenElement)
            ? ReadHashes(hiddenElement, at + "/hiddenLeaves")
            : [];
        var targetHash = ReadHash(Required(proof, ProofNames.TargetHash, JsonValueKind.String, at), at + "/targetHash");

        var hasRoot = proof.TryGetProperty(ProofNames.MerkleRoot, out var rootElement);
        var hasPath = proof.TryGetProperty(ProofNames.MerklePath, out var pathElement);
        var hasAnchor = proof.TryGetProperty(ProofNames.Anchor, out var anchorElement);
        if (!hasRoot && !hasPath && !hasAnchor)
        {
            return new CredentialProof(salts.ToImmutable(), hidden, targetHash);
        }

        if (!(hasRoot && hasPath && hasAnchor))
        {
            throw Error(CredentialFormatError.InconsistentProof, at, "merkleRoot, merklePath and anchor must be all present or all absent.");
        }

        var merkleRoot = ReadHash(Expect(rootElement, JsonValueKind.String, at + "/merkleRoot"), at + "/merkleRoot");
        var merklePath = ReadHashes(pathElement, at + "/merklePath");
        var anchor = ReadAnchor(Expect(anchorElement, JsonValueKind.Object, at + "/anchor"), at + "/anchor");
        return new CredentialProof(salts.ToImmutable(), hidden, targetHash, merkleRoot, merklePath, anchor);
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

    private static readonly SearchValues<byte> LowercaseHexDigits = SearchValues.Create("0123456789abcdef"u8);

    private static CredentialFormatException HexError(string text, int size, string at)
    {
        var lowercaseHexOfOtherLength = text.Length >= 2 && text.StartsWith("0x", StringComparison.Ordinal)
            && text.Length % 2 == 0 && HexText.IsLowercaseHex(text, (text.Length - 2) / 2);
        return lowercaseHexOfOtherLength
            ? Error(CredentialFormatError.WrongLength, at, $"Expected {size} bytes of hex, got {(text.Length - 2) / 2}.")
            : Error(CredentialFormatError.BadHex, at, $"Expected 0x followed by {2 * size} lowercase hex digits.");
    }

    private static DateTimeOffset ReadDate(JsonElement element, string at)
    {
        Span<char> buffer = stackalloc char[64];
        var text = TryGetPlainText(element, buffer, out var plain) ? plain : element.GetString().AsSpan();
        return DateTimeStamp().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw Error(CredentialFormatError.BadDate, at, "Expected an RFC 3339 date-time with a time zone, e.g. 2026-07-01T00:00:00Z.");
    }

    private static ImmutableArray<string> ReadStrings(JsonElement array, string at)
    {
        var builder = ImmutableArray.CreateBuilder<string>(array.GetArrayLength());
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            builder.Add(item.ValueKind == JsonValueKind.String ? item.GetString()! : throw WrongType(item, JsonValueKind.String, Item(at, index)));
            index++;
        }

        return builder.MoveToImmutable();
    }

    /// <summary>The member <paramref name="name"/> of <paramref name="parent"/> (at <paramref name="at"/>), of the given kind.</summary>
    private static JsonElement Required(JsonElement parent, string name, JsonValueKind kind, string at)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            throw Error(CredentialFormatError.MissingField, Member(at, name), $"The member \"{name}\" is required.");
        }

        return value.ValueKind == kind ? value : throw WrongType(value, kind, Member(at, name));
    }

    private static JsonElement Expect(JsonElement element, JsonValueKind kind, string at) =>
        element.ValueKind == kind ? element : throw WrongType(element, kind, at);

    private static CredentialFormatException WrongType(JsonElement element, JsonValueKind kind, string at) =>
        Error(CredentialFormatError.WrongType, at, $"Expected {kind}, found {element.ValueKind}.");

    // Paths are built only for an error: a valid document allocates none.
    private static string Member(string at, string name) => at + "/" + JsonPointer.Escape(name);

    private static string Item(string at, int index) => at + "/" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A short string value without escapes (hex, dates) as characters in <paramref name="buffer"/>, without
    /// allocating; false for anything else, which callers then read with <see cref="JsonElement.GetString"/>.
    /// </summary>
    private static bool TryGetPlainText(JsonElement element, Span<char> buffer, out ReadOnlySpan<char> text)
    {
        var raw = JsonMarshal.GetRawUtf8Value(element);
        raw = raw[1..^1]; // the raw value of a string includes its quotes
        if (raw.Length > buffer.Length || raw.Contains((byte)'\\')
            || System.Text.Unicode.Utf8.ToUtf16(raw, buffer, out _, out var written) != OperationStatus.Done)
        {
            text = default;
            return false;
        }

        text = buffer[..written];
        return true;
    }

    /// <summary>
    /// Builds the document tree (its own copy of the bytes) in one pass; the reader's depth limit is the document's,
    /// so a document that parses is also one that <see cref="CheckSyntaxAndDepth"/> accepts. Only a failure pays
    /// for the second pass that tells excessive nesting from a syntax error.
    /// </summary>
    private static JsonElement ParseRoot(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = CredentialLimits.MaxDepth });
        try
        {
            var root = JsonElement.ParseValue(ref reader);
            if (reader.Read())
            {
                throw new JsonException("Unexpected data after the document's root value.");
            }

            return root;
        }
        catch (JsonException exception)
        {
            CheckSyntaxAndDepth(utf8Json);
            throw Error(CredentialFormatError.InvalidJson, null, "The document is not well-formed JSON: " + exception.Message, exception);
        }
    }

    /// <summary>Rejects syntax errors and excessive nesting, telling them apart.</summary>
    private static void CheckSyntaxAndDepth(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = CredentialLimits.MaxDepth + 1 });
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth >= CredentialLimits.MaxDepth
                    && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    throw Error(CredentialFormatError.TooDeep, null, $"The document nests deeper than {CredentialLimits.MaxDepth}.");
                }
            }
        }
        catch (JsonException exception)
        {
            throw Error(CredentialFormatError.InvalidJson, null, "The document is not well-formed JSON: " + exception.Message, exception);
        }
    }

    /// <summary>
    /// Rejects duplicate member names and values that have no canonical form. The usual document (member names
    /// without escapes, objects of at most <see cref="MaxPlainMembers"/> members) is accepted from its raw UTF-8
    /// without building a string; anything else, and every rejection, takes the string-based walk that names the
    /// offending path.
    /// </summary>
    private static void CheckValues(JsonElement root, bool utf8Validated)
    {
        if (!IsPlainAndValid(root, utf8Validated))
        {
            CheckValues(root, []);
        }
    }

    /// <summary>Largest object the raw check handles; a larger one goes to the string-based walk (hash sets, linear).</summary>
    private const int MaxPlainMembers = 64;

    /// <summary>True when <paramref name="element"/> certainly passes <see cref="CheckValues(JsonElement, List{string})"/>.</summary>
    /// <param name="element">The value to check.</param>
    /// <param name="utf8Validated">The whole input is known to be valid UTF-8, so raw names and strings need no second look.</param>
    private static bool IsPlainAndValid(JsonElement element, bool utf8Validated)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                return IsPlainAndValidObject(element, utf8Validated);
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (!IsPlainAndValid(item, utf8Validated))
                    {
                        return false;
                    }
                }

                return true;
            case JsonValueKind.String:
                var raw = JsonMarshal.GetRawUtf8Value(element);
                if (raw.Length - 2 > CredentialLimits.MaxStringBytes)
                {
                    return false;
                }

                if (!raw.Contains((byte)'\\'))
                {
                    return utf8Validated || System.Text.Unicode.Utf8.IsValid(raw);
                }

                try
                {
                    return !HasLoneSurrogate(element.GetString()!);
                }
                catch (InvalidOperationException)
                {
                    return false;
                }

            case JsonValueKind.Number:
                return element.TryGetDouble(out var number) && double.IsFinite(number);
            default:
                return true;
        }
    }

    private static bool IsPlainAndValidObject(JsonElement element, bool utf8Validated)
    {
        // Names compared by a hash of their raw bytes: equal hashes (a duplicate, or a collision between two of at
        // most 64 names) send the document to the exact walk, which decides.
        Span<int> hashes = stackalloc int[MaxPlainMembers];
        var count = 0;
        foreach (var member in element.EnumerateObject())
        {
            var name = JsonMarshal.GetRawUtf8PropertyName(member);
            if (count == MaxPlainMembers || name.Length > CredentialLimits.MaxStringBytes || name.Contains((byte)'\\') || !(utf8Validated || System.Text.Unicode.Utf8.IsValid(name)))
            {
                return false;
            }

            var hash = new HashCode();
            hash.AddBytes(name);
            var value = hash.ToHashCode();
            if (hashes[..count].Contains(value))
            {
                return false;
            }

            hashes[count++] = value;
            if (!IsPlainAndValid(member.Value, utf8Validated))
            {
                return false;
            }
        }

        return true;
    }

    private static void CheckValues(JsonElement element, List<string> tokens)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                HashSet<string>? names = null;
                foreach (var member in element.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = member.Name;
                    }
                    catch (InvalidOperationException exception)
                    {
                        throw Error(CredentialFormatError.NotCanonicalizable, Pointer(tokens), "A member name is not valid UTF-16.", exception);
                    }

                    names ??= new HashSet<string>(StringComparer.Ordinal);
                    tokens.Add(name);
                    CheckLength(name, tokens);
                    if (!names.Add(name))
                    {
                        throw Error(CredentialFormatError.DuplicateKey, Pointer(tokens), $"The member \"{name}\" appears twice.");
                    }

                    CheckValues(member.Value, tokens);
                    tokens.RemoveAt(tokens.Count - 1);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    tokens.Add(index.ToString(CultureInfo.InvariantCulture));
                    CheckValues(item, tokens);
                    tokens.RemoveAt(tokens.Count - 1);
                    index++;
                }

                break;
            case JsonValueKind.String:
                // Valid UTF-8 without escapes cannot hold an unpaired surrogate: no need to decode it.
                var raw = JsonMarshal.GetRawUtf8Value(element);
                if (!raw.Contains((byte)'\\') && System.Text.Unicode.Utf8.IsValid(raw))
                {
                    if (raw.Length - 2 > CredentialLimits.MaxStringBytes)
                    {
                        throw TooLong(raw.Length - 2, tokens);
                    }

                    break;
                }

                string text;
                try
                {
                    text = element.GetString()!;
                }
                catch (InvalidOperationException exception)
                {
                    throw Error(CredentialFormatError.NotCanonicalizable, Pointer(tokens), "A string is not valid UTF-16.", exception);
                }

                if (HasLoneSurrogate(text))
                {
                    throw Error(CredentialFormatError.NotCanonicalizable, Pointer(tokens), "A string has an unpaired UTF-16 surrogate.");
                }

                CheckLength(text, tokens);
                break;
            case JsonValueKind.Number:
                if (!element.TryGetDouble(out var number) || !double.IsFinite(number))
                {
                    throw Error(CredentialFormatError.NotCanonicalizable, Pointer(tokens), "A number is outside the range of IEEE 754 doubles.");
                }

                break;
            default:
                break;
        }
    }

    /// <summary>Member names are checked before <see cref="HasLoneSurrogate"/> can run on them; such a name is counted as it would be encoded.</summary>
    private static void CheckLength(string text, List<string> tokens)
    {
        if (text.Length > CredentialLimits.MaxStringBytes / 3 && System.Text.Encoding.UTF8.GetByteCount(text) is var bytes && bytes > CredentialLimits.MaxStringBytes)
        {
            throw TooLong(bytes, tokens);
        }
    }

    private static CredentialFormatException TooLong(int bytes, List<string> tokens) =>
        Error(CredentialFormatError.StringTooLong, Pointer(tokens), $"A text of {bytes} bytes; a value or name in a credential is at most {CredentialLimits.MaxStringBytes} bytes of UTF-8.");

    private static string Pointer(List<string> tokens) => JsonPointer.Create(CollectionsMarshal.AsSpan(tokens));

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static CredentialFormatException Error(CredentialFormatError error, string? path, string message, Exception? inner = null) =>
        new(error, path, message, inner);

    [GeneratedRegex("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex UuidV7Urn();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,7})?(Z|[+-][0-9]{2}:[0-9]{2})\\z", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimeStamp();
}
