using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace CredChain.Core.Documents;

/// <summary>RFC 6901 JSON Pointers as used for leaf paths: <c>~</c> is written <c>~0</c>, <c>/</c> is written <c>~1</c>.</summary>
public static class JsonPointer
{
    /// <summary>Escapes one reference token (a member name or array index).</summary>
    public static string Escape(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.AsSpan().IndexOfAny('~', '/') < 0 ? token : token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
    }

    /// <summary>Builds a pointer from unescaped reference tokens.</summary>
    public static string Create(params ReadOnlySpan<string> tokens)
    {
        var builder = new StringBuilder();
        foreach (var token in tokens)
        {
            builder.Append('/').Append(Escape(token));
        }

        return builder.ToString();
    }

    /// <summary>Splits a pointer into unescaped reference tokens (the empty pointer has none).</summary>
    /// <exception cref="FormatException">The text is not a JSON Pointer.</exception>
    public static ImmutableArray<string> Parse(string text) =>
        TryParse(text, out var tokens) ? tokens : throw new FormatException($"'{text}' is not a JSON Pointer (RFC 6901).");

    /// <summary>Splits a pointer into unescaped reference tokens (the empty pointer has none).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out ImmutableArray<string> tokens)
    {
        tokens = default;
        if (text is null || (text.Length > 0 && text[0] != '/'))
        {
            return false;
        }

        var builder = ImmutableArray.CreateBuilder<string>();
        if (text.Length == 0)
        {
            tokens = builder.ToImmutable();
            return true;
        }

        foreach (var raw in text[1..].Split('/'))
        {
            for (var i = 0; i < raw.Length; i++)
            {
                if (raw[i] == '~' && (i + 1 >= raw.Length || (raw[i + 1] != '0' && raw[i + 1] != '1')))
                {
                    return false;
                }
            }

            builder.Add(raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        }

        tokens = builder.ToImmutable();
        return true;
    }

    /// <summary>True when <paramref name="text"/> is a JSON Pointer: empty, or <c>/</c>-separated tokens where <c>~</c> is only followed by <c>0</c> or <c>1</c>.</summary>
    public static bool IsValid(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && text[0] != '/')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '~' && (i + 1 >= text.Length || (text[i + 1] != '0' && text[i + 1] != '1')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="path"/> equals <paramref name="ancestor"/> or lies under it.</summary>
    public static bool IsSelfOrDescendant(string path, string ancestor)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(ancestor);
        return path.Length == ancestor.Length
            ? string.Equals(path, ancestor, StringComparison.Ordinal)
            : path.Length > ancestor.Length && path.StartsWith(ancestor, StringComparison.Ordinal) && path[ancestor.Length] == '/';
    }
}
