using System.Buffers;
using System.Text.Unicode;

namespace CredChain.Core.Canonicalization;

/// <summary>RFC 8785 section 3.2.2.2 string serialization (ECMAScript <c>JSON.stringify</c> rules, well-formed UTF-16 only).</summary>
internal static class JcsString
{
    public static void Write(ReadOnlySpan<char> value, IBufferWriter<byte> output)
    {
        WriteByte(output, (byte)'"');
        var runStart = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= 0x20 && c != '"' && c != '\\')
            {
                continue;
            }

            WriteRun(value[runStart..i], output);
            WriteEscape(c, output);
            runStart = i + 1;
        }

        WriteRun(value[runStart..], output);
        WriteByte(output, (byte)'"');
    }

    private static void WriteRun(ReadOnlySpan<char> run, IBufferWriter<byte> output)
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

    private static void WriteEscape(char c, IBufferWriter<byte> output)
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

    private static void WriteByte(IBufferWriter<byte> output, byte value)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
    }
}
