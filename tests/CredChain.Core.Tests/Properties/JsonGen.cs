using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace CredChain.Core.Tests.Properties;

/// <summary>Generators for arbitrary JSON credential subjects: Chinese and Latin text, pointer-special characters, every number form, no empty containers.</summary>
internal static class JsonGen
{
    private static readonly Gen<char> TextChar = Gen.Frequency(
        (6, Gen.Char['a', 'z']),
        (3, Gen.Char['\u4e00', '\u9fff']),
        (2, Gen.OneOf('~', '/', ' ', '"', '\\', '\n', '\u0001', 'é', '0', '1')),
        (1, Gen.Char['\u0000', '\ud7ff']));

    public static readonly Gen<string> Text = Gen.Frequency(
        (9, TextChar.Array[0, 8].Select(chars => new string(chars))),
        (1, Gen.OneOf("😀", "𝄞 music", "张伟 Zhang Wei")));

    public static readonly Gen<string> Key = TextChar.Array[1, 6].Select(chars => new string(chars));

    public static readonly Gen<JsonNode?> Scalar = Gen.Frequency(
        (4, Text.Select(s => (JsonNode?)JsonValue.Create(s))),
        // Integers a double holds exactly (the issuer refuses others: a certificate must show the digits that were hashed).
        (2, Gen.Long[-(1L << 53), 1L << 53].Select(n => (JsonNode?)JsonValue.Create(n))),
        (2, Gen.Double.Where(double.IsFinite).Select(d => (JsonNode?)JsonValue.Create(d))),
        (1, Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b))),
        (1, Gen.Const<JsonNode?>((JsonNode?)null)));

    public static Gen<JsonNode?> Value(int depth) => depth == 0
        ? Scalar
        : Gen.Frequency((5, Scalar), (1, Object(depth - 1).Select(o => (JsonNode?)o)), (1, Array(depth - 1).Select(a => (JsonNode?)a)));

    public static Gen<JsonObject> Object(int depth) =>
        Gen.Select(Key, Value(depth)).Array[1, 4].Select(members =>
        {
            var obj = new JsonObject();
            foreach (var (key, value) in members)
            {
                obj[key] = value;
            }

            return obj;
        });

    public static Gen<JsonArray> Array(int depth) => Value(depth).Array[1, 3].Select(items => new JsonArray(items));

    /// <summary>A credential subject: an object two levels deep at most below its members.</summary>
    public static readonly Gen<JsonElement> Subject = Object(2).Select(o => JsonSerializer.SerializeToElement(o));
}
