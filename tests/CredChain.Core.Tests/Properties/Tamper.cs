using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CredChain.Core.Documents;

namespace CredChain.Core.Tests.Properties;

/// <summary>Single-point edits of a document's JSON, each of which must break verification.</summary>
internal static class Tamper
{
    public static void ChangeValue(JsonObject document, string path)
    {
        var (parent, token) = Locate(document, path);
        var value = Get(parent, token);
        JsonNode? changed = value?.GetValueKind() switch
        {
            JsonValueKind.String => JsonValue.Create(value.GetValue<string>() + "x"),
            JsonValueKind.True => JsonValue.Create(false),
            JsonValueKind.False => JsonValue.Create(true),
            JsonValueKind.Number => Negate(value.ToJsonString()),
            _ => JsonValue.Create(0),
        };
        Set(parent, token, changed);
    }

    public static void FlipSalt(JsonObject document, string path)
    {
        var salts = document["proof"]!["salts"]!.AsObject();
        var salt = salts[path]!.GetValue<string>();
        salts[path] = salt[..^1] + (salt[^1] == '0' ? '1' : '0');
    }

    /// <summary>Renames the innermost object member on the path (the value keeps its content, its pointer changes).</summary>
    public static void RenamePathElement(JsonObject document, string path)
    {
        var tokens = JsonPointer.Parse(path);
        JsonNode current = document;
        (JsonObject Owner, string Name)? last = null;
        foreach (var token in tokens)
        {
            if (current is JsonObject obj)
            {
                last = (obj, token);
                current = obj[token]!;
            }
            else
            {
                current = current.AsArray()[int.Parse(token, CultureInfo.InvariantCulture)]!;
            }
        }

        var (owner, name) = last!.Value;
        var renamed = name + "_";
        while (owner.ContainsKey(renamed))
        {
            renamed += "_";
        }

        var members = owner.ToList();
        owner.Clear();
        foreach (var (key, value) in members)
        {
            owner[key == name ? renamed : key] = value;
        }
    }

    public static void FlipSibling(JsonObject document, int pick)
    {
        var path = document["proof"]!["merklePath"]!.AsArray();
        var index = pick % path.Count;
        var hash = path[index]!.GetValue<string>();
        path[index] = hash[..^1] + (hash[^1] == '0' ? '1' : '0');
    }

    private static JsonValue Negate(string number)
    {
        var value = double.Parse(number, CultureInfo.InvariantCulture);
        return value == 0 ? JsonValue.Create(1) : JsonValue.Create(-value);
    }

    private static (JsonNode Parent, string Token) Locate(JsonObject document, string path)
    {
        var tokens = JsonPointer.Parse(path);
        JsonNode current = document;
        foreach (var token in tokens[..^1])
        {
            current = Get(current, token)!;
        }

        return (current, tokens[^1]);
    }

    private static JsonNode? Get(JsonNode parent, string token) =>
        parent is JsonArray array ? array[int.Parse(token, CultureInfo.InvariantCulture)] : parent.AsObject()[token];

    private static void Set(JsonNode parent, string token, JsonNode? value)
    {
        if (parent is JsonArray array)
        {
            array[int.Parse(token, CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            parent.AsObject()[token] = value;
        }
    }
}
