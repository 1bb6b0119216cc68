using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using static CredChain.Core.Documents.JsonMembers;

namespace CredChain.Core.Documents;

/// <summary>
/// Rejects duplicate member names, texts over <see cref="CredentialLimits.MaxStringBytes"/> and values that have no
/// canonical form. The usual document (member names without escapes, objects of at most <see cref="MaxPlainMembers"/>
/// members) is accepted from its raw UTF-8 without building a string; anything else, and every rejection, takes the
/// string-based walk that names the offending path.
/// </summary>
internal static class ValueChecks
{
    /// <summary>Largest object the raw check handles; a larger one goes to the string-based walk (hash sets, linear).</summary>
    private const int MaxPlainMembers = 64;

    /// <param name="root">The document's root value.</param>
    /// <param name="utf8Validated">The whole input is known to be valid UTF-8, so raw names and strings need no second look.</param>
    public static void Check(JsonElement root, bool utf8Validated)
    {
        if (!IsPlainAndValid(root, utf8Validated))
        {
            CheckExactly(root, []);
        }
    }

    /// <summary>True when <paramref name="element"/> certainly passes <see cref="CheckExactly"/>.</summary>
    private static bool IsPlainAndValid(JsonElement element, bool utf8Validated)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                return IsPlainAndValidObject(element, utf8Validated);
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (!IsPlainAndValid(item, utf8Validated))
                    {
                        return false;
                    }
                }

                return true;
            case JsonValueKind.String:
                return IsPlainAndValidString(element, utf8Validated);
            case JsonValueKind.Number:
                return element.TryGetDouble(out var number) && double.IsFinite(number);
            default:
                return true;
        }
    }

    private static bool IsPlainAndValidString(JsonElement element, bool utf8Validated)
    {
        var raw = JsonMarshal.GetRawUtf8Value(element);
        if (raw.Length - 2 > CredentialLimits.MaxStringBytes)
        {
            return false;
        }

        if (!raw.Contains((byte)'\\'))
        {
            return utf8Validated || System.Text.Unicode.Utf8.IsValid(raw);
        }

        try
        {
            return !HasLoneSurrogate(element.GetString()!);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool IsPlainAndValidObject(JsonElement element, bool utf8Validated)
    {
        // Names compared by a hash of their raw bytes: equal hashes (a duplicate, or a collision between two of at
        // most 64 names) send the document to the exact walk, which decides.
        Span<int> hashes = stackalloc int[MaxPlainMembers];
        var count = 0;
        foreach (var member in element.EnumerateObject())
        {
            var name = JsonMarshal.GetRawUtf8PropertyName(member);
            if (count == MaxPlainMembers || name.Length > CredentialLimits.MaxStringBytes || name.Contains((byte)'\\') || !(utf8Validated || System.Text.Unicode.Utf8.IsValid(name)))
            {
                return false;
            }

            var hash = new HashCode();
            hash.AddBytes(name);
            var value = hash.ToHashCode();
            if (hashes[..count].Contains(value))
            {
                return false;
            }

            hashes[count++] = value;
            if (!IsPlainAndValid(member.Value, utf8Validated))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The exact walk: throws the first rejection, naming its path (<paramref name="tokens"/>).</summary>
    private static void CheckExactly(JsonElement element, List<string> tokens)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                CheckObject(element, tokens);
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    tokens.Add(index.ToString(CultureInfo.InvariantCulture));
                    CheckExactly(item, tokens);
                    tokens.RemoveAt(tokens.Count - 1);
                    index++;
                }

                break;
            case JsonValueKind.String:
                CheckString(element, tokens);
                break;
            case JsonValueKind.Number:
                if (!element.TryGetDouble(out var number) || !double.IsFinite(number))
                {
                    throw Error(CredentialFormatError.NotCanonicalizable, Pointer(tokens), "A number is outside the range of IEEE 754 doubles.");
                }

                break;
            default:
                break;
        }
    }

    private static void CheckObject(JsonElement element, List<string> tokens)
    {
        HashSet<string>? names = null;
        foreach (var member in element.EnumerateObject())
        {
            string name;
            try
            {
                name = member.Name;
            }
            catch (InvalidOperationException exception)
            {
                throw Error(CredentialFormatError.NotCanonicalizable, Pointer(tokens), "A member name is not valid UTF-16.", exception);
            }

            names ??= new HashSet<string>(StringComparer.Ordinal);
            tokens.Add(name);
            CheckLength(name, tokens);
            if (!names.Add(name))
            {
                throw Error(CredentialFormatError.DuplicateKey, Pointer(tokens), $"The member \"{name}\" appears twice.");
            }

            CheckExactly(member.Value, tokens);
            tokens.RemoveAt(tokens.Count - 1);
        }
    }

    private static void CheckString(JsonElement element, List<string> tokens)
    {
        // Valid UTF-8 without escapes cannot hold an unpaired surrogate: no need to decode it.
        var raw = JsonMarshal.GetRawUtf8Value(element);
        if (!raw.Contains((byte)'\\') && System.Text.Unicode.Utf8.IsValid(raw))
        {
            if (raw.Length - 2 > CredentialLimits.MaxStringBytes)
            {
                throw TooLong(raw.Length - 2, tokens);
            }

            return;
        }

        string text;
        try
        {
            text = element.GetString()!;
        }
        catch (InvalidOperationException exception)
        {
            throw Error(CredentialFormatError.NotCanonicalizable, Pointer(tokens), "A string is not valid UTF-16.", exception);
        }

        if (HasLoneSurrogate(text))
        {
            throw Error(CredentialFormatError.NotCanonicalizable, Pointer(tokens), "A string has an unpaired UTF-16 surrogate.");
        }

        CheckLength(text, tokens);
    }

    /// <summary>Member names are checked before <see cref="HasLoneSurrogate"/> can run on them; such a name is counted as it would be encoded.</summary>
    private static void CheckLength(string text, List<string> tokens)
    {
        if (text.Length > CredentialLimits.MaxStringBytes / 3 && System.Text.Encoding.UTF8.GetByteCount(text) is var bytes && bytes > CredentialLimits.MaxStringBytes)
        {
            throw TooLong(bytes, tokens);
        }
    }

    private static CredentialFormatException TooLong(int bytes, List<string> tokens) =>
        Error(CredentialFormatError.StringTooLong, Pointer(tokens), $"A text of {bytes} bytes; a value or name in a credential is at most {CredentialLimits.MaxStringBytes} bytes of UTF-8.");

    private static string Pointer(List<string> tokens) => JsonPointer.Create(CollectionsMarshal.AsSpan(tokens));

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
