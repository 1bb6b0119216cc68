using System.Runtime.CompilerServices;
using System.Text;
using nietras.SeparatedValues;

namespace CredChain.Issuer.Import;

/// <summary>
/// RFC 4180 records streamed from UTF-8 text with Sep: comma separated, fields optionally double-quoted (a quoted field
/// may hold commas, doubled quotes and line breaks), CRLF or LF line ends, blank lines skipped. What Sep accepts but an
/// upload must not (malformed quoting, a record over the limit) becomes an error with the record's line.
/// </summary>
internal static class CsvRecords
{
    private static readonly SepReaderOptions Options = Sep.New(',').Reader(o => o with
    {
        HasHeader = false,
        DisableColCountCheck = true,
        Unescape = false,
    });

    public static async IAsyncEnumerable<CsvRecord> ReadAsync(TextReader text, int maxRecordChars, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        SepReader? reader = null;
        var line = 1;
        try
        {
            while (true)
            {
                CsvRecord record;
                try
                {
                    reader ??= await Options.FromAsync(new RecordLengthGuard(text, maxRecordChars), cancellationToken);
                    if (!await reader.MoveNextAsync(cancellationToken))
                    {
                        yield break;
                    }

                    record = ToRecord(reader.Current);
                }
                catch (DecoderFallbackException)
                {
                    // The decoder fails on the buffer it is decoding, so the row is the last one started before the bad bytes.
                    record = new CsvRecord(line, null, new RowError(line, RowErrorCodes.InvalidUtf8, "The upload is not valid UTF-8 at or after this row."), Ends: true);
                }
                catch (CsvRecordTooLongException tooLong)
                {
                    record = new CsvRecord(tooLong.Line, null, new RowError(tooLong.Line, RowErrorCodes.MalformedCsv, tooLong.Message), Ends: true);
                }

                line = record.Line;
                if (record.Fields is not [""])
                {
                    yield return record;
                }

                if (record.Ends)
                {
                    yield break;
                }
            }
        }
        finally
        {
            reader?.Dispose();
        }
    }

    private static CsvRecord ToRecord(SepReader.Row row)
    {
        // Sep 0.18 numbers the first row's start as line 2 when there is no header; every later row is right.
        var line = row.RowIndex == 0 ? 1 : row.LineNumberFrom;
        var fields = new string[row.ColCount];
        for (var i = 0; i < fields.Length; i++)
        {
            if (CsvField.Read(row[i].Span, out var error) is not { } value)
            {
                return new CsvRecord(line, null, new RowError(line, RowErrorCodes.MalformedCsv, error!));
            }

            fields[i] = value;
        }

        return new CsvRecord(line, fields, null);
    }
}
