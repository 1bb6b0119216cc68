using System.Collections.Frozen;
using System.Text.Json;

namespace CredChain.Verifier.Verification;

/// <summary>
/// An enum's values as the API writes them (<c>JsonStringEnumConverter</c> with the camelCase policy), encoded once.
/// Values the enum does not define are not here; writers fall back to the serializer for them.
/// </summary>
internal static class JsonEnumNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, JsonEncodedText> Names =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => JsonEncodedText.Encode(JsonNamingPolicy.CamelCase.ConvertName(v.ToString())));

    public static bool TryGet(TEnum value, out JsonEncodedText name) => Names.TryGetValue(value, out name);
}
