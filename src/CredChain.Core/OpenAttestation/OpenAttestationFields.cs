using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace CredChain.Core.OpenAttestation;

/// <summary>The disclosed values of a document's data, flattened as they are hashed and unsalted for display.</summary>
internal static class OpenAttestationFields
{
    public static ImmutableArray<OpenAttestationField> Read(JsonElement data)
    {
        var fields = ImmutableArray.CreateBuilder<OpenAttestationField>();
        Walk(data, null, fields);
        return fields.ToImmutable();
    }

    private static void Walk(JsonElement element, string? path, ImmutableArray<OpenAttestationField>.Builder fields)
    {
        if (element.ValueKind == JsonValueKind.Object && (path is null || element.EnumerateObject().Any()))
        {
            foreach (var member in element.EnumerateObject())
            {
                Walk(member.Value, path is null ? member.Name : path + "." + member.Name, fields);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array && element.GetArrayLength() > 0)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, path + "." + (index++).ToString(CultureInfo.InvariantCulture), fields);
            }
        }
        else
        {
            var (type, value) = SaltedValue.Read(element);
            fields.Add(new OpenAttestationField(path ?? string.Empty, type, value));
        }
    }
}
