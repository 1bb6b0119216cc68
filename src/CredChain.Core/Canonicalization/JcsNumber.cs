using System.Buffers;
using System.Globalization;

namespace CredChain.Core.Canonicalization;

/// <summary>ECMAScript <c>Number.prototype.toString</c> for finite doubles (RFC 8785 section 3.2.2.3).</summary>
internal static class JcsNumber
{
    public const int MaxLength = 32;

    public static void Write(double value, ArrayBufferWriter<byte> output)
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
    public static bool TryWriteRawInteger(ReadOnlySpan<byte> raw, ArrayBufferWriter<byte> output)
    {
        if (!IsRawCanonicalInteger(raw))
        {
            return false;
        }

        output.Write(raw);
        return true;
    }

    /// <summary>True for an integer literal already in canonical form (see <see cref="TryWriteRawInteger"/>).</summary>
    public static bool IsRawCanonicalInteger(ReadOnlySpan<byte> raw)
    {
        var digits = raw.Length > 0 && raw[0] == (byte)'-' ? raw[1..] : raw;
        return !(digits.IsEmpty || digits.Length > 15 || (digits[0] == (byte)'0' && (digits.Length > 1 || raw.Length != digits.Length))
            || digits.IndexOfAnyExceptInRange((byte)'0', (byte)'9') >= 0);
    }

    /// <summary>
    /// Writes the canonical form of a JSON number token and tells whether the token was already written that way
    /// (<c>2.5</c> is, <c>2.50</c>, <c>25e-1</c> and <c>-0</c> are not).
    /// </summary>
    /// <exception cref="CanonicalJsonException">The number is outside the range of doubles.</exception>
    public static bool WriteFromToken(ReadOnlySpan<byte> raw, ArrayBufferWriter<byte> output)
    {
        if (TryWriteRawInteger(raw, output))
        {
            return true;
        }

        Span<byte> canonical = stackalloc byte[MaxLength];
        var length = FormatFromToken(raw, canonical, out var wasCanonical);
        output.Write(canonical[..length]);
        return wasCanonical;
    }

    /// <summary>
    /// Formats the canonical form of a JSON number token into <paramref name="destination"/> (at least
    /// <see cref="MaxLength"/> bytes) and tells whether the token was already written that way.
    /// </summary>
    /// <exception cref="CanonicalJsonException">The number is outside the range of doubles.</exception>
    public static int FormatFromToken(ReadOnlySpan<byte> raw, Span<byte> destination, out bool wasCanonical)
    {
        var length = Format(Parse(raw), destination);
        wasCanonical = destination[..length].SequenceEqual(raw);
        return length;
    }

    /// <summary>
    /// True when the decimal value a JSON number token spells is exactly the value of its canonical form: the token
    /// survives the trip through a double. <c>3.780</c> and <c>1e2</c> do; <c>20230000000000001</c> (beyond 2^53) and
    /// <c>0.10000000000000001</c> do not, so issuing them would change what the holder's certificate says.
    /// </summary>
    /// <exception cref="CanonicalJsonException">The number is outside the range of doubles.</exception>
    public static bool IsExact(ReadOnlySpan<byte> raw)
    {
        Span<byte> canonical = stackalloc byte[MaxLength];
        var length = Format(Parse(raw), canonical);
        return DecimalValue.Of(raw).Equals(DecimalValue.Of(canonical[..length]));
    }

    private static double Parse(ReadOnlySpan<byte> raw) =>
        double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new CanonicalJsonException(CanonicalJsonError.NonFiniteNumber, "The number is outside the range of IEEE 754 doubles.");

    private static int Format(double value, Span<byte> destination)
    {
        Span<char> chars = stackalloc char[MaxLength];
        var length = Format(value, chars);
        for (var i = 0; i < length; i++)
        {
            destination[i] = (byte)chars[i];
        }

        return length;
    }

    /// <summary>A JSON number's exact decimal value: sign, significant digits (no leading or trailing zeros) and exponent.</summary>
    private readonly record struct DecimalValue(bool Negative, string Digits, long Exponent)
    {
        public static DecimalValue Of(ReadOnlySpan<byte> token)
        {
            var negative = token.Length > 0 && token[0] == (byte)'-';
            var rest = negative ? token[1..] : token;
            var e = rest.IndexOfAny((byte)'e', (byte)'E');
            long exponent = 0;
            if (e >= 0)
            {
                var text = rest[(e + 1)..];
                var sign = text.Length > 0 && text[0] == (byte)'-' ? -1 : 1;
                text = text.Length > 0 && text[0] is (byte)'-' or (byte)'+' ? text[1..] : text;
                foreach (var digit in text.TrimStart((byte)'0'))
                {
                    // A finite double's exponent has at most four digits; anything longer is clamped, never wrapped.
                    exponent = Math.Min((exponent * 10) + (digit - '0'), 1_000_000);
                }

                exponent *= sign;
                rest = rest[..e];
            }

            var point = rest.IndexOf((byte)'.');
            var digits = new System.Text.StringBuilder(rest.Length);
            foreach (var c in rest)
            {
                if (c != (byte)'.')
                {
                    digits.Append((char)c);
                }
            }

            if (point >= 0)
            {
                exponent -= rest.Length - point - 1;
            }

            var all = digits.ToString().TrimStart('0');
            var significant = all.TrimEnd('0');
            exponent += all.Length - significant.Length;
            return significant.Length == 0 ? new DecimalValue(false, string.Empty, 0) : new DecimalValue(negative, significant, exponent);
        }
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

        Span<char> digits = stackalloc char[MaxLength];
        var k = SignificantDigits(Math.Abs(value), digits, out var n);
        var pos = 0;
        if (value < 0)
        {
            destination[pos++] = '-';
        }

        return pos + Layout(digits[..k], n, destination[pos..]);
    }

    /// <summary>
    /// The shortest round-tripping digits of <paramref name="magnitude"/> (.NET's "R") without leading or trailing
    /// zeros, and <paramref name="n"/>: the value is <c>0.digits × 10^n</c>, as in ECMAScript's Number::toString.
    /// </summary>
    private static int SignificantDigits(double magnitude, Span<char> digits, out int n)
    {
        Span<char> r = stackalloc char[MaxLength];
        magnitude.TryFormat(r, out var rLength, "R", CultureInfo.InvariantCulture);
        r = r[..rLength];

        var exponent = 0;
        var e = r.IndexOfAny('E', 'e');
        if (e >= 0)
        {
            exponent = int.Parse(r[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..e];
        }

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

        pointPosition = pointPosition < 0 ? k : pointPosition;
        var leading = 0;
        while (leading < k - 1 && digits[leading] == '0')
        {
            leading++;
        }

        digits[leading..k].CopyTo(digits);
        k -= leading;
        while (k > 1 && digits[k - 1] == '0')
        {
            k--;
        }

        n = pointPosition - leading + exponent;
        return k;
    }

    /// <summary>Lays out the digits <paramref name="s"/> of <c>0.s × 10^n</c> the ECMAScript way (plain, with a point, or with an exponent).</summary>
    private static int Layout(ReadOnlySpan<char> s, int n, Span<char> destination)
    {
        var k = s.Length;
        var pos = 0;
        if (k <= n && n <= 21)
        {
            s.CopyTo(destination);
            destination.Slice(k, n - k).Fill('0');
            return n;
        }

        if (0 < n && n <= 21)
        {
            s[..n].CopyTo(destination);
            destination[n] = '.';
            s[n..].CopyTo(destination[(n + 1)..]);
            return k + 1;
        }

        if (-6 < n && n <= 0)
        {
            destination[pos++] = '0';
            destination[pos++] = '.';
            destination.Slice(pos, -n).Fill('0');
            pos += -n;
            s.CopyTo(destination[pos..]);
            return pos + k;
        }

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
        return pos + written;
    }
}
