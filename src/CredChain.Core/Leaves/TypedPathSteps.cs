using System.Globalization;

namespace CredChain.Core.Leaves;

/// <summary>The steps of a leaf's typed path and pointer that the walker and the recorder both build.</summary>
internal static class TypedPathSteps
{
    /// <summary>The most bytes <see cref="FormatElementStep"/> writes.</summary>
    public const int ElementStepMaxLength = 24;

    /// <summary>An array element's step of a typed path, <c>[index,length]</c>; returns its length.</summary>
    public static int FormatElementStep(int index, int length, Span<byte> text)
    {
        text[0] = (byte)'[';
        index.TryFormat(text[1..], out var written, default, CultureInfo.InvariantCulture);
        var at = 1 + written;
        text[at++] = (byte)',';
        length.TryFormat(text[at..], out written, default, CultureInfo.InvariantCulture);
        at += written;
        text[at++] = (byte)']';
        return at;
    }

    /// <summary><paramref name="parent"/> + <c>/</c> + a member name that needs no escaping, decoded straight from UTF-8.</summary>
    public static string ChildPointer(string parent, ReadOnlySpan<byte> utf8Name)
    {
        var length = System.Text.Encoding.UTF8.GetCharCount(utf8Name);
        Span<char> chars = length + parent.Length < 256 ? stackalloc char[length + parent.Length + 1] : new char[length + parent.Length + 1];
        parent.CopyTo(chars);
        chars[parent.Length] = '/';
        System.Text.Encoding.UTF8.GetChars(utf8Name, chars[(parent.Length + 1)..]);
        return new string(chars);
    }
}
