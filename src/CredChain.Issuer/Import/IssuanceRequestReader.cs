using System.Text.Json;
using System.Text.RegularExpressions;

namespace CredChain.Issuer.Import;

/// <summary>Validates the JSON shape of an issuance request: known members only, typed values, strict dates.</summary>
internal static partial class IssuanceRequestReader
{
    public static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowDuplicateProperties = false,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        MaxDepth = 32,
    };

    /// <summary>Reads one request; <paramref name="allowIssuer"/> admits the <c>issuer</c> member (single POST only).</summary>
    public static IssuanceRequest? Read(JsonElement root, int row, bool allowIssuer, List<RowError> errors, out string? issuer)
    {
        issuer = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new RowError(row, RowErrorCodes.NotAnObject, "Each request must be a JSON object."));
            return null;
        }

        var before = errors.Count;
        List<string> types = [];
        DateTimeOffset? validFrom = null, validUntil = null;
        JsonElement? subject = null;
        foreach (var member in root.EnumerateObject())
        {
            switch (member.Name)
            {
                case RequestFields.Issuer when allowIssuer:
                    issuer = ReadIssuer(member, row, errors);
                    break;
                case RequestFields.Type:
                    ReadTypes(member.Value, row, types, errors);
                    break;
                case RequestFields.ValidFrom:
                    validFrom = ReadDate(member, row, errors);
                    break;
                case RequestFields.ValidUntil:
                    validUntil = ReadDate(member, row, errors);
                    break;
                case RequestFields.CredentialSubject:
                    subject = ReadSubject(member, row, errors);
                    break;
                default:
                    errors.Add(new RowError(row, RowErrorCodes.UnknownField, $"Unknown member '{Truncate(member.Name)}'.", Truncate(member.Name)));
                    break;
            }
        }

        if (subject is null && !root.TryGetProperty(RequestFields.CredentialSubject, out _))
        {
            errors.Add(new RowError(row, RowErrorCodes.MissingField, "credentialSubject is required.", RequestFields.CredentialSubject));
        }

        if (validFrom is { } from && validUntil is { } until && until <= from)
        {
            errors.Add(new RowError(row, RowErrorCodes.InvalidDate, "validUntil must be later than validFrom.", RequestFields.ValidUntil));
        }

        return errors.Count == before && subject is not null ? new IssuanceRequest(types, validFrom, validUntil, subject.Value) : null;
    }

    /// <summary>The issuer member's string; an error is recorded when it is not a 0x address.</summary>
    private static string? ReadIssuer(JsonProperty member, int row, List<RowError> errors)
    {
        var issuer = member.Value.ValueKind == JsonValueKind.String ? member.Value.GetString() : null;
        if (issuer is null || !AddressPattern().IsMatch(issuer))
        {
            errors.Add(new RowError(row, RowErrorCodes.InvalidField, "issuer must be a 0x-prefixed 20-byte hex address.", member.Name));
        }

        return issuer;
    }

    private static JsonElement? ReadSubject(JsonProperty member, int row, List<RowError> errors)
    {
        if (member.Value.ValueKind == JsonValueKind.Object && member.Value.EnumerateObject().Any())
        {
            return member.Value;
        }

        errors.Add(new RowError(row, RowErrorCodes.InvalidField, "credentialSubject must be a non-empty JSON object.", member.Name));
        return null;
    }

    private static void ReadTypes(JsonElement value, int row, List<string> types, List<RowError> errors)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new RowError(row, RowErrorCodes.InvalidField, "type must be an array of type names.", RequestFields.Type));
            return;
        }

        foreach (var item in value.EnumerateArray())
        {
            var name = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            if (name is null || !TypeNamePattern().IsMatch(name))
            {
                errors.Add(new RowError(row, RowErrorCodes.InvalidField, "Each type must be a name of letters and digits starting with a letter.", RequestFields.Type));
                return;
            }

            if (name != "VerifiableCredential" && !types.Contains(name))
            {
                types.Add(name);
            }
        }
    }

    private static DateTimeOffset? ReadDate(JsonProperty member, int row, List<RowError> errors)
    {
        if (member.Value.ValueKind == JsonValueKind.String && Rfc3339.TryParse(member.Value.GetString()!, out var value))
        {
            return value;
        }

        errors.Add(new RowError(row, RowErrorCodes.InvalidDate, $"{member.Name} must be an RFC 3339 date-time with an offset, e.g. 2026-07-01T00:00:00Z.", member.Name));
        return null;
    }

    private static string Truncate(string s) => s.Length <= 64 ? s : s[..64] + "…";

    [GeneratedRegex("^0x[0-9a-fA-F]{40}$", RegexOptions.CultureInvariant)]
    private static partial Regex AddressPattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex TypeNamePattern();
}
