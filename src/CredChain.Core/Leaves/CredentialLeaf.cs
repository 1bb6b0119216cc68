using System.Text;
using System.Text.Json;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;

namespace CredChain.Core.Leaves;

/// <summary>One disclosed leaf of the credential subject: where it is, what it says, its salt and its hash.</summary>
/// <remarks>
/// The typed path and the value are kept as the canonical UTF-8 the hash was computed over (slices of one buffer per
/// document) and turned into strings only when asked for: a verifier shows values, rarely paths.
/// </remarks>
public readonly struct CredentialLeaf : IEquatable<CredentialLeaf>
{
    private readonly ReadOnlyMemory<byte> _typedPath;
    private readonly ReadOnlyMemory<byte> _value;

    internal CredentialLeaf(string path, ReadOnlyMemory<byte> typedPath, ReadOnlyMemory<byte> value, Salt salt, Hash32 hash)
    {
        Path = path;
        _typedPath = typedPath;
        _value = value;
        Salt = salt;
        Hash = hash;
    }

    /// <summary>JSON Pointer of the value (RFC 6901 escaping); the key of its salt in <c>proof.salts</c>.</summary>
    public string Path { get; }

    /// <summary>
    /// The path that is hashed, in canonical JSON: members as strings, array elements as <c>[index, length]</c>, e.g.
    /// <c>["credentialSubject","courses",[0,2],"code"]</c>.
    /// </summary>
    public string TypedPath => Encoding.UTF8.GetString(_typedPath.Span);

    /// <summary>The scalar in canonical JSON (RFC 8785): exactly what is hashed, e.g. <c>"张伟"</c>, <c>3.78</c>, <c>true</c>.</summary>
    public string Value => Encoding.UTF8.GetString(_value.Span);

    /// <summary>The leaf's salt.</summary>
    public Salt Salt { get; }

    /// <summary><c>keccak256(JCS({"path":TypedPath,"salt":Salt,"value":Value}))</c>.</summary>
    public Hash32 Hash { get; }

    /// <summary>The JSON kind of <see cref="Value"/>.</summary>
    public JsonValueKind Kind => _value.Span[0] switch
    {
        (byte)'"' => JsonValueKind.String,
        (byte)'t' => JsonValueKind.True,
        (byte)'f' => JsonValueKind.False,
        (byte)'n' => JsonValueKind.Null,
        _ => JsonValueKind.Number,
    };

    /// <summary>
    /// The value as a person reads it: a string's text without quotes or escapes, anything else as its canonical JSON
    /// (so a number shows exactly the digits that were hashed).
    /// </summary>
    public string Text
    {
        get
        {
            if (Kind != JsonValueKind.String)
            {
                return Value;
            }

            var reader = new Utf8JsonReader(_value.Span);
            reader.Read();
            return reader.GetString()!;
        }
    }

    /// <summary>The exact UTF-8 bytes that are hashed.</summary>
    public byte[] Preimage
    {
        get
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>(_typedPath.Length + _value.Length + 64);
            CredentialHashing.WritePreimage(_typedPath.Span, Salt, _value.Span, buffer);
            return buffer.WrittenSpan.ToArray();
        }
    }

    /// <inheritdoc/>
    public bool Equals(CredentialLeaf other) =>
        string.Equals(Path, other.Path, StringComparison.Ordinal) && Hash == other.Hash && Salt == other.Salt
        && _typedPath.Span.SequenceEqual(other._typedPath.Span) && _value.Span.SequenceEqual(other._value.Span);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CredentialLeaf other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Path, Hash);

    /// <inheritdoc/>
    public override string ToString() => $"{Path} = {Value}";

    /// <summary>Equality.</summary>
    public static bool operator ==(CredentialLeaf left, CredentialLeaf right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(CredentialLeaf left, CredentialLeaf right) => !left.Equals(right);
}
