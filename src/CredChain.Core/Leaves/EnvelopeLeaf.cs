using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using CredChain.Core.Canonicalization;
using CredChain.Core.Documents;

namespace CredChain.Core.Leaves;

/// <summary>
/// The envelope leaf: one leaf committing to every member of the credential outside <c>credentialSubject</c> (and
/// <c>proof</c>): <c>keccak256(JCS({"envelope": {…those members…}, "version": 2}))</c>. It has no salt and can never be
/// hidden: a verifier always computes it from the document itself. Removing <c>validUntil</c>, a trailing <c>type</c> or
/// <c>@context</c> entry, or any other envelope member changes it, and with it the targetHash.
/// </summary>
internal static class EnvelopeLeaf
{
    private const string SubjectMember = "credentialSubject";

    private static ReadOnlySpan<byte> Start => "{\"envelope\":{"u8;

    private static ReadOnlySpan<byte> End => "},\"version\":2}"u8;

    /// <summary>The preimage from a parsed credential (any member order).</summary>
    /// <exception cref="CanonicalJsonException">A value has no canonical form.</exception>
    public static void WritePreimage(JsonElement root, ArrayBufferWriter<byte> output)
    {
        var members = new List<JsonProperty>(8);
        foreach (var member in root.EnumerateObject())
        {
            if (!member.NameEquals(SubjectMember) && !member.NameEquals(Credential.ProofMember))
            {
                members.Add(member);
            }
        }

        members.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        output.Write(Start);
        for (var i = 0; i < members.Count; i++)
        {
            if (i > 0)
            {
                output.Write(","u8);
            }

            CanonicalJson.WriteString(members[i].Name, output);
            output.Write(":"u8);
            CanonicalJson.WriteTo(members[i].Value, output);
        }

        output.Write(End);
    }

    /// <summary>
    /// The preimage straight from a credential's UTF-8 when it lists its envelope members in canonical order with
    /// canonical numbers, as the issuing factory writes it; false otherwise (then parse and use the other overload).
    /// </summary>
    /// <param name="credential">The credential, or with <paramref name="unterminated"/> only its envelope members.</param>
    /// <param name="output">Receives the preimage.</param>
    /// <param name="unterminated">
    /// The input stops after the last envelope member, before the subject (no closing brace): the subject's bytes are
    /// not read at all. Its last member must not be a number, which an unterminated input cannot show complete.
    /// </param>
    public static bool TryWritePreimage(ReadOnlySpan<byte> credential, ArrayBufferWriter<byte> output, bool unterminated = false)
    {
        var reader = new Utf8JsonReader(credential, isFinalBlock: !unterminated, new JsonReaderState(new JsonReaderOptions { MaxDepth = CredentialLimits.MaxDepth }));
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            output.Write(Start);
            Span<byte> previous = stackalloc byte[64];
            var previousLength = -1;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals(SubjectMember) || reader.ValueTextEquals(Credential.ProofMember))
                {
                    reader.Read();
                    reader.Skip();
                    continue;
                }

                var name = reader.ValueSpan;
                if (reader.ValueIsEscaped || name.Length > previous.Length || !System.Text.Ascii.IsValid(name)
                    || (previousLength >= 0 && name.SequenceCompareTo(previous[..previousLength]) <= 0))
                {
                    return false;
                }

                if (previousLength >= 0)
                {
                    output.Write(","u8);
                }

                name.CopyTo(previous);
                previousLength = name.Length;
                output.Write("\""u8);
                output.Write(name);
                output.Write("\":"u8);
                if (!reader.Read() || !JcsToken.TryWriteSorted(ref reader, output))
                {
                    return false;
                }
            }

            if (unterminated ? reader.BytesConsumed != credential.Length : reader.TokenType != JsonTokenType.EndObject)
            {
                return false;
            }

            output.Write(End);
            return true;
        }
        catch (Exception exception) when (exception is JsonException or CanonicalJsonException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>The JSON Pointer of the first envelope number not written in canonical form, or null.</summary>
    public static string? FindNonCanonicalNumber(JsonElement root)
    {
        foreach (var member in root.EnumerateObject())
        {
            if (!member.NameEquals(SubjectMember) && !member.NameEquals(Credential.ProofMember)
                && FindNonCanonicalNumber(member.Value, "/" + JsonPointer.Escape(member.Name)) is { } pointer)
            {
                return pointer;
            }
        }

        return null;
    }

    private static string? FindNonCanonicalNumber(JsonElement element, string pointer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    if (FindNonCanonicalNumber(member.Value, pointer + "/" + JsonPointer.Escape(member.Name)) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FindNonCanonicalNumber(item, pointer + "/" + index.ToString(CultureInfo.InvariantCulture)) is { } found)
                    {
                        return found;
                    }

                    index++;
                }

                return null;
            case JsonValueKind.Number:
                return JcsNumber.WriteFromToken(JsonMarshal.GetRawUtf8Value(element), new ArrayBufferWriter<byte>(32)) ? null : pointer;
            default:
                return null;
        }
    }
}
