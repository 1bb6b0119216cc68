using System.Globalization;
using System.Text.Json;
using CredChain.Core.Documents;

namespace CredChain.Core.Leaves;

/// <summary>Enumerates the scalar values of a credential by JSON Pointer, in document order, skipping the top-level <c>proof</c>.</summary>
internal static class LeafWalker
{
    public static List<(string Path, JsonElement Value)> Collect(JsonElement root)
    {
        var values = new List<(string, JsonElement)>(32);
        foreach (var member in root.EnumerateObject())
        {
            if (!member.NameEquals(Credential.ProofMember))
            {
                Walk(member.Value, "/" + JsonPointer.Escape(member.Name), values);
            }
        }

        return values;
    }

    private static void Walk(JsonElement element, string path, List<(string, JsonElement)> values)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var anyMember = false;
                foreach (var member in element.EnumerateObject())
                {
                    anyMember = true;
                    Walk(member.Value, path + "/" + JsonPointer.Escape(member.Name), values);
                }

                if (!anyMember)
                {
                    throw new CredentialIntegrityException(IntegrityError.EmptyContainer, path, "Empty objects carry no leaf and are not allowed.");
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, path + "/" + index.ToString(CultureInfo.InvariantCulture), values);
                    index++;
                }

                if (index == 0)
                {
                    throw new CredentialIntegrityException(IntegrityError.EmptyContainer, path, "Empty arrays carry no leaf and are not allowed.");
                }

                break;
            default:
                values.Add((path, element));
                break;
        }
    }
}
