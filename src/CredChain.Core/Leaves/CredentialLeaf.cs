using System.Text;
using System.Text.Json;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;

namespace CredChain.Core.Leaves;

/// <summary>One disclosed leaf of the credential subject: where it is, what it says, its salt and its hash.</summary>
/// <param name="Path">JSON Pointer of the value (RFC 6901 escaping); the key of its salt in <c>proof.salts</c>.</param>
/// <param name="TypedPath">
/// The path that is hashed, in canonical JSON: members as strings, array elements as <c>[index, length]</c>, e.g.
/// <c>["credentialSubject","courses",[0,2],"code"]</c>.
/// </param>
/// <param name="Value">The scalar in canonical JSON (RFC 8785): exactly what is hashed, e.g. <c>"张伟"</c>, <c>3.78</c>, <c>true</c>.</param>
/// <param name="Salt">The leaf's salt.</param>
/// <param name="Hash"><c>keccak256(JCS({"path":TypedPath,"salt":Salt,"value":Value}))</c>.</param>
public readonly record struct CredentialLeaf(string Path, string TypedPath, string Value, Salt Salt, Hash32 Hash)
{
    /// <summary>The JSON kind of <see cref="Value"/>.</summary>
    public JsonValueKind Kind => Value[0] switch
    {
        '"' => JsonValueKind.String,
        't' => JsonValueKind.True,
        'f' => JsonValueKind.False,
        'n' => JsonValueKind.Null,
        _ => JsonValueKind.Number,
    };

    /// <summary>
    /// The value as a person reads it: a string's text without quotes or escapes, anything else as its canonical JSON
    /// (so a number shows exactly the digits that were hashed).
    /// </summary>
    public string Text => Kind == JsonValueKind.String ? Unquote(Value) : Value;

    private static string Unquote(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return reader.GetString()!;
    }

    /// <summary>The exact UTF-8 bytes that are hashed.</summary>
    public byte[] Preimage => Encoding.UTF8.GetBytes(string.Concat("{\"path\":", TypedPath, ",\"salt\":\"", Salt.ToString(), "\",\"value\":", Value, "}"));
}
