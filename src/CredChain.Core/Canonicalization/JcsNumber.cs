using System.Buffers;
using System.Globalization;

namespace CredChain.Core.Canonicalization;

/// <summary>ECMAScript <c>Number.prototype.toString</c> for finite doubles (RFC 8785 section 3.2.2.3).</summary>
internal static class JcsNumber
{
    public const int MaxLength = 32;

    public static void Write(double value, IBufferWriter<byte> output)
    {
        Span<char> chars = stackalloc char[MaxLength];
        var length = Format(value, chars);
        var destination = output.GetSpan(length);
        for (var i = 0; i < length; i++)
        {
            destination[i] = (byte)chars[i];
        }

        output.Advance(length);
    }

    /// <summary>
    /// Copies an integer literal that is already in canonical form: optional minus, no leading zero, at most 15
    /// digits (exactly representable as a double, so ECMAScript prints the same digits). Returns false otherwise.
    /// </summary>
    public static bool TryWriteRawInteger(ReadOnlySpan<byte> raw, IBufferWriter<byte> output)
    {
        var digits = raw.Length > 0 && raw[0] == (byte)'-' ? raw[1..] : raw;
        if (digits.IsEmpty || digits.Length > 15 || (digits[0] == (byte)'0' && (digits.Length > 1 || raw.Length != digits.Length))
            || digits.IndexOfAnyExceptInRange((byte)'0', (byte)'9') >= 0)
        {
            return false;
        }

        output.Write(raw);
        return true;
    }

    public static int Format(double value, Span<char> destination)
    {
        if (!double.IsFinite(value))
        {
            throw new CanonicalJsonException(CanonicalJsonError.NonFiniteNumber, "NaN and Infinity have no JSON representation.");
        }

        if (value == 0)
        {
            destination[0] = '0'; // also -0
            return 1;
        }

        // .NET's "R" is the shortest round-tripping representation; re-lay its digits the ECMAScript way.
        Span<char> r = stackalloc char[MaxLength];
        Math.Abs(value).TryFormat(r, out var rLength, "R", CultureInfo.InvariantCulture);
        r = r[..rLength];

        var exponent = 0;
        var e = r.IndexOfAny('E', 'e');
        if (e >= 0)
        {
            exponent = int.Parse(r[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..e];
        }

        Span<char> digits = stackalloc char[MaxLength];
        var k = 0;
        var pointPosition = -1;
        foreach (var c in r)
        {
            if (c == '.')
            {
                pointPosition = k;
            }
            else
            {
                digits[k++] = c;
            }
        }

        if (pointPosition < 0)
        {
            pointPosition = k;
        }

        var leading = 0;
        while (leading < k - 1 && digits[leading] == '0')
        {
            leading++;
        }

        var s = digits[leading..k];
        pointPosition -= leading;
        while (s.Length > 1 && s[^1] == '0')
        {
            s = s[..^1];
        }

        k = s.Length;
        var n = pointPosition + exponent;
        var pos = 0;
        if (value < 0)
        {
            destination[pos++] = '-';
        }

        if (k <= n && n <= 21)
        {
            s.CopyTo(destination[pos..]);
            pos += k;
            destination.Slice(pos, n - k).Fill('0');
            pos += n - k;
        }
        else if (0 < n && n <= 21)
        {
            s[..n].CopyTo(destination[pos..]);
            pos += n;
            destination[pos++] = '.';
            s[n..].CopyTo(destination[pos..]);
            pos += k - n;
        }
        else if (-6 < n && n <= 0)
        {
            destination[pos++] = '0';
            destination[pos++] = '.';
            destination.Slice(pos, -n).Fill('0');
            pos += -n;
            s.CopyTo(destination[pos..]);
            pos += k;
        }
        else
        {
            destination[pos++] = s[0];
            if (k > 1)
            {
                destination[pos++] = '.';
                s[1..].CopyTo(destination[pos..]);
                pos += k - 1;
            }

            destination[pos++] = 'e';
            var exp = n - 1;
            destination[pos++] = exp < 0 ? '-' : '+';
            Math.Abs(exp).TryFormat(destination[pos..], out var written, default, CultureInfo.InvariantCulture);
            pos += written;
        }

        return pos;
    }
}
