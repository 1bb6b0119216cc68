using System.Runtime.CompilerServices;
using System.Text;

namespace CredChain.Issuer.Import;

/// <summary>
/// RFC 4180 records streamed from UTF-8 text: comma separated, fields optionally double-quoted
/// (a quoted field may hold commas, quotes doubled, and line breaks); CRLF or LF line ends.
/// </summary>
internal static class CsvRecordReader
{
    /// <summary>A record and the 1-based line it starts on, or a syntax error at that line.</summary>
    internal readonly record struct CsvRecord(int Line, IReadOnlyList<string>? Fields, string? Error);

    public static async IAsyncEnumerable<CsvRecord> ReadAsync(TextReader reader, int maxRecordChars, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = new char[16 * 1024];
        var field = new StringBuilder();
        var fields = new List<string>();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var afterQuote = false;
        var recordChars = 0;
        string? error = null;
        var pendingCr = false;
        var any = false;

        while (true)
        {
            var read = await reader.ReadAsync(buffer.AsMemory(), cancellationToken);
            if (read == 0)
            {
                break;
            }

            for (var i = 0; i < read; i++)
            {
                var c = buffer[i];
                if (pendingCr)
                {
                    pendingCr = false;
                    if (c == '\n')
                    {
                        continue;
                    }
                }

                any = true;
                if (++recordChars > maxRecordChars && error is null)
                {
                    error = $"A record may hold at most {maxRecordChars} characters.";
                }

                if (inQuotes)
                {
                    if (c == '"')
                    {
                        inQuotes = false;
                        afterQuote = true;
                    }
                    else
                    {
                        if (c is '\n' or '\r')
                        {
                            line++;
                            pendingCr = c == '\r';
                            c = '\n';
                        }

                        Append(field, c, error);
                    }

                    continue;
                }

                switch (c)
                {
                    case '"' when afterQuote:
                        Append(field, '"', error);
                        inQuotes = true;
                        afterQuote = false;
                        break;
                    case '"' when field.Length == 0:
                        inQuotes = true;
                        break;
                    case '"':
                        error ??= "A quote may only appear inside a quoted field (write it as \"\").";
                        break;
                    case ',':
                        fields.Add(field.ToString());
                        field.Clear();
                        afterQuote = false;
                        break;
                    case '\r' or '\n':
                        pendingCr = c == '\r';
                        fields.Add(field.ToString());
                        field.Clear();
                        afterQuote = false;
                        var isBlank = fields.Count == 1 && fields[0].Length == 0 && error is null;
                        if (!isBlank)
                        {
                            yield return new CsvRecord(recordLine, error is null ? fields.ToArray() : null, error);
                        }

                        fields.Clear();
                        error = null;
                        recordChars = 0;
                        line++;
                        recordLine = line;
                        break;
                    default:
                        if (afterQuote)
                        {
                            error ??= "Characters after a closing quote.";
                        }

                        Append(field, c, error);
                        break;
                }
            }
        }

        if (inQuotes)
        {
            yield return new CsvRecord(recordLine, null, "Unterminated quoted field.");
        }
        else if (any && (field.Length > 0 || fields.Count > 0 || error is not null))
        {
            fields.Add(field.ToString());
            yield return new CsvRecord(recordLine, error is null ? fields.ToArray() : null, error);
        }
    }

    private static void Append(StringBuilder field, char c, string? error)
    {
        if (error is null)
        {
            field.Append(c);
        }
    }
}
