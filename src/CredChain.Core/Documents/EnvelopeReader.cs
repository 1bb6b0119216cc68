using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using static CredChain.Core.Documents.JsonMembers;

namespace CredChain.Core.Documents;

/// <summary>Reads the credential's own members (everything but <c>proof</c>) in their strict form.</summary>
internal static partial class EnvelopeReader
{
    private const string UrnUuidPrefix = "urn:uuid:";

    public static Credential Read(JsonElement root)
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

        var issuer = ReadIssuer(Required(root, "issuer", JsonValueKind.Object, string.Empty));
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

    private static IssuerRef ReadIssuer(JsonElement issuerElement)
    {
        var issuerId = Required(issuerElement, "id", JsonValueKind.String, "/issuer").GetString()!;
        var issuerName = Required(issuerElement, "name", JsonValueKind.String, "/issuer").GetString()!;
        return IssuerRef.TryCreate(issuerId, issuerName, out var issuer)
            ? issuer
            : throw Error(CredentialFormatError.BadIssuer, "/issuer", "The issuer id must be did:pkh:eip155:<chainId>:<address> and the name must not be empty.");
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

    [GeneratedRegex("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex UuidV7Urn();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,7})?(Z|[+-][0-9]{2}:[0-9]{2})\\z", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimeStamp();
}
