using System.Buffers;
using System.Text.Unicode;

namespace CredChain.Core.Canonicalization;

/// <summary>RFC 8785 section 3.2.2.2 string serialization (ECMAScript <c>JSON.stringify</c> rules, well-formed UTF-16 only).</summary>
internal static class JcsString
{
    // What JSON.stringify escapes: the quote, the backslash and C0 controls. Everything else is written as UTF-8.
    private static readonly SearchValues<char> MustEscape = SearchValues.Create("\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f");

    public static void Write(ReadOnlySpan<char> value, ArrayBufferWriter<byte> output)
    {
        WriteByte(output, (byte)'"');
        while (true)
        {
            var next = value.IndexOfAny(MustEscape);
            if (next < 0)
            {
                WriteRun(value, output);
                break;
            }

            WriteRun(value[..next], output);
            WriteEscape(value[next], output);
            value = value[(next + 1)..];
        }

        WriteByte(output, (byte)'"');
    }

    /// <summary>
    /// Writes a string from its raw JSON token (with quotes). A token without backslashes is already canonical when
    /// it is valid UTF-8, because JSON forbids unescaped quotes and controls inside strings; returns false otherwise.
    /// </summary>
    public static bool TryWriteRaw(ReadOnlySpan<byte> rawToken, ArrayBufferWriter<byte> output)
    {
        if (rawToken.Length < 2 || rawToken.IndexOf((byte)'\\') >= 0 || !Utf8.IsValid(rawToken))
        {
            return false;
        }

        output.Write(rawToken);
        return true;
    }

    private static void WriteRun(ReadOnlySpan<char> run, ArrayBufferWriter<byte> output)
    {
        if (run.IsEmpty)
        {
            return;
        }

        var destination = output.GetSpan(run.Length * 3);
        var status = Utf8.FromUtf16(run, destination, out _, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            throw new CanonicalJsonException(CanonicalJsonError.LoneSurrogate, "A string has an unpaired UTF-16 surrogate.");
        }

        output.Advance(written);
    }

    private static void WriteEscape(char c, ArrayBufferWriter<byte> output)
    {
        var span = output.GetSpan(6);
        span[0] = (byte)'\\';
        var length = 2;
        switch (c)
        {
            case '"': span[1] = (byte)'"'; break;
            case '\\': span[1] = (byte)'\\'; break;
            case '\b': span[1] = (byte)'b'; break;
            case '\f': span[1] = (byte)'f'; break;
            case '\n': span[1] = (byte)'n'; break;
            case '\r': span[1] = (byte)'r'; break;
            case '\t': span[1] = (byte)'t'; break;
            default:
                span[1] = (byte)'u';
                span[2] = (byte)'0';
                span[3] = (byte)'0';
                span[4] = (byte)"0123456789abcdef"[c >> 4];
                span[5] = (byte)"0123456789abcdef"[c & 0xF];
                length = 6;
                break;
        }

        output.Advance(length);
    }

    private static void WriteByte(ArrayBufferWriter<byte> output, byte value)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
    }
}
