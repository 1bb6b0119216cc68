namespace CredChain.Issuer.Import;

/// <summary>
/// RFC 4180 quoting of one field as the upload wrote it. Sep splits records and fields (quotes respected) but accepts
/// any quoting; an upload is stricter: a field is either unquoted without any quote, or wholly quoted with inner quotes
/// doubled. A line break inside a quoted field becomes <c>\n</c> whatever the file used.
/// </summary>
internal static class CsvField
{
    public const string StrayQuote = "A quote may only appear inside a quoted field (write it as \"\").";
    public const string AfterClosingQuote = "Characters after a closing quote.";
    public const string Unterminated = "Unterminated quoted field.";

    /// <summary>The field's value, or null with <paramref name="error"/> set when its quoting is malformed.</summary>
    public static string? Read(ReadOnlySpan<char> raw, out string? error)
    {
        error = null;
        if (raw.IndexOf('"') < 0)
        {
            return raw.ToString();
        }

        if (raw[0] != '"')
        {
            error = StrayQuote;
            return null;
        }

        var inner = raw[1..];
        var value = new System.Text.StringBuilder(inner.Length);
        while (true)
        {
            var quote = inner.IndexOf('"');
            if (quote < 0)
            {
                error = Unterminated;
                return null;
            }

            AppendText(value, inner[..quote]);
            var rest = inner[(quote + 1)..];
            if (rest.IsEmpty)
            {
                return value.ToString();
            }

            if (rest[0] != '"')
            {
                error = AfterClosingQuote;
                return null;
            }

            value.Append('"');
            inner = rest[1..];
        }
    }

    private static void AppendText(System.Text.StringBuilder value, ReadOnlySpan<char> text)
    {
        if (text.IndexOf('\r') < 0)
        {
            value.Append(text);
            return;
        }

        value.Append(text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'));
    }
}
