using System.Collections.Immutable;
using System.Text.Json;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;

namespace CredChain.Core.OpenAttestation;

/// <summary>
/// Reads a wrapped OpenAttestation v2 document within the same <see cref="CredentialLimits"/> as a native one
/// (size, depth, string length; duplicate member names refused). Every rejection is a <see cref="CredentialFormatException"/>.
/// </summary>
internal static class OpenAttestationReader
{
    public static OpenAttestationDocument Read(ReadOnlySpan<byte> utf8Json)
    {
        var root = OpenAttestationJson.Parse(utf8Json);
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Error(CredentialFormatError.RootNotObject, string.Empty, "The document root must be a JSON object.");
        }

        OpenAttestationJson.CheckValues(root, "");
        if (root.TryGetProperty("version", out var version)
            && !(version.ValueKind == JsonValueKind.String && version.ValueEquals(OpenAttestationFormat.SchemaV2)))
        {
            throw Error(CredentialFormatError.UnsupportedVersion, "/version", $"Only OpenAttestation v2 ({OpenAttestationFormat.SchemaV2}) is supported.");
        }

        var data = Required(root, "data", JsonValueKind.Object, "");
        var signature = Required(root, "signature", JsonValueKind.Object, "");
        var type = Required(signature, "type", JsonValueKind.String, "/signature");
        if (!type.ValueEquals("SHA3MerkleProof"))
        {
            throw Error(CredentialFormatError.WrongType, "/signature/type", "The signature type must be SHA3MerkleProof.");
        }

        var targetHash = Required(signature, "targetHash", JsonValueKind.String, "/signature").GetString()!;
        _ = ParseHash(targetHash, "/signature/targetHash");
        var merkleRoot = ParseHash(Required(signature, "merkleRoot", JsonValueKind.String, "/signature").GetString()!, "/signature/merkleRoot");
        var proof = Required(signature, "proof", JsonValueKind.Array, "/signature");
        var proofHashes = ImmutableArray.CreateBuilder<Hash32>(proof.GetArrayLength());
        foreach (var step in proof.EnumerateArray())
        {
            proofHashes.Add(step.ValueKind == JsonValueKind.String
                ? ParseHash(step.GetString()!, "/signature/proof")
                : throw Error(CredentialFormatError.WrongType, "/signature/proof", "Every proof step must be a string."));
        }

        return new OpenAttestationDocument(
            data.Clone(), targetHash, merkleRoot, proofHashes.MoveToImmutable(), ReadObfuscated(root), ReadIssuers(data));
    }

    private static ImmutableArray<string> ReadObfuscated(JsonElement root)
    {
        if (!root.TryGetProperty("privacy", out var privacy))
        {
            return [];
        }

        if (privacy.ValueKind != JsonValueKind.Object)
        {
            throw Error(CredentialFormatError.WrongType, "/privacy", "privacy must be an object.");
        }

        if (!privacy.TryGetProperty("obfuscatedData", out var list))
        {
            return [];
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            throw Error(CredentialFormatError.WrongType, "/privacy/obfuscatedData", "obfuscatedData must be an array of strings.");
        }

        var hashes = ImmutableArray.CreateBuilder<string>(list.GetArrayLength());
        foreach (var item in list.EnumerateArray())
        {
            hashes.Add(item.ValueKind == JsonValueKind.String
                ? item.GetString()!
                : throw Error(CredentialFormatError.WrongType, "/privacy/obfuscatedData", "obfuscatedData must be an array of strings."));
        }

        return hashes.MoveToImmutable();
    }

    private static ImmutableArray<OpenAttestationIssuer> ReadIssuers(JsonElement data)
    {
        var list = Required(data, "issuers", JsonValueKind.Array, "/data");
        var issuers = ImmutableArray.CreateBuilder<OpenAttestationIssuer>(list.GetArrayLength());
        foreach (var item in list.EnumerateArray())
        {
            var pointer = $"/data/issuers/{issuers.Count}";
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw Error(CredentialFormatError.WrongType, pointer, "Every issuer must be an object.");
            }

            item.TryGetProperty("identityProof", out var identity);
            var issuer = new OpenAttestationIssuer(
                SaltedValue.ValueOf(item, "name"),
                SaltedValue.ValueOf(item, "documentStore") ?? SaltedValue.ValueOf(item, "certificateStore"),
                SaltedValue.ValueOf(item, "tokenRegistry"),
                SaltedValue.ValueOf(identity, "type"),
                SaltedValue.ValueOf(identity, "location"));
            if (issuer.DocumentStore is null && issuer.TokenRegistry is null)
            {
                throw Error(CredentialFormatError.BadIssuer, pointer, "An issuer must name a documentStore or a tokenRegistry (this verifier does not check signed documents).");
            }

            issuers.Add(issuer);
        }

        return issuers.Count == 0
            ? throw Error(CredentialFormatError.MissingField, "/data/issuers", "The document names no issuer.")
            : issuers.MoveToImmutable();
    }

    private static Hash32 ParseHash(string text, string pointer) =>
        text.Length == 64 && Hash32.TryParse("0x" + text, out var hash)
            ? hash
            : throw Error(CredentialFormatError.BadHex, pointer, "A hash is 64 hex digits (no 0x).");

    private static JsonElement Required(JsonElement parent, string name, JsonValueKind kind, string pointer)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            throw Error(CredentialFormatError.MissingField, $"{pointer}/{name}", $"The member \"{name}\" is missing.");
        }

        return value.ValueKind == kind
            ? value
            : throw Error(CredentialFormatError.WrongType, $"{pointer}/{name}", $"The member \"{name}\" must be a JSON {kind.ToString().ToLowerInvariant()}.");
    }

    internal static CredentialFormatException Error(CredentialFormatError error, string? path, string message, Exception? inner = null) =>
        new(error, path, message, inner);
}
