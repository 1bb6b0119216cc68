using System.Text;
using System.Text.Json;

namespace CredChain.EndToEnd.Tests.Json;

/// <summary>Reads UTF-8 JSON into a <see cref="JTree"/>, keeping number spellings, member order and repeated names.</summary>
internal static class JReader
{
    public static JTree Parse(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 64 });
        reader.Read();
        var tree = Read(ref reader);
        return reader.Read() ? throw new JsonException("Data after the root value.") : tree;
    }

    private static JTree Read(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var members = new List<JMember>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    members.Add(new JMember(name, Read(ref reader)));
                }

                return JTree.Object(members);
            case JsonTokenType.StartArray:
                var items = new List<JTree>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(Read(ref reader));
                }

                return JTree.Array(items);
            case JsonTokenType.String:
                return JTree.String(reader.GetString()!);
            case JsonTokenType.Number:
                return JTree.Number(Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.True:
                return JTree.Literal("true");
            case JsonTokenType.False:
                return JTree.Literal("false");
            case JsonTokenType.Null:
                return JTree.Literal("null");
            default:
                throw new JsonException($"Unexpected {reader.TokenType}.");
        }
    }
}
