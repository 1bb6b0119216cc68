namespace CredChain.Issuer.Import;

/// <summary>
/// Passes CSV text through and throws <see cref="CsvRecordTooLongException"/> as soon as one record (line breaks inside
/// quotes included) passes the limit: the parser buffers a whole record, so an unclosed quote would otherwise make it
/// hold the rest of a 512 MiB upload. Only quotes and line breaks are looked at: every quote toggles "inside quotes"
/// (a doubled quote toggles twice), and a line break outside quotes ends the record.
/// </summary>
internal sealed class RecordLengthGuard(TextReader inner, int maxRecordChars) : TextReader
{
    private bool _inQuotes;
    private int _recordChars;
    private int _line = 1;
    private int _recordLine = 1;

    public override int Read(Span<char> buffer) => Check(buffer[..inner.Read(buffer)]);

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        return Check(buffer.Span[..read]);
    }

    public override Task<int> ReadAsync(char[] buffer, int index, int count) => ReadAsync(buffer.AsMemory(index, count)).AsTask();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Check(ReadOnlySpan<char> read)
    {
        var rest = read;
        while (true)
        {
            var next = rest.IndexOfAny('"', '\n');
            var length = next < 0 ? rest.Length : next + 1;
            _recordChars += length;
            if (_recordChars > maxRecordChars)
            {
                throw new CsvRecordTooLongException(_recordLine, maxRecordChars);
            }

            if (next < 0)
            {
                return read.Length;
            }

            if (rest[next] == '"')
            {
                _inQuotes = !_inQuotes;
            }
            else
            {
                _line++;
                if (!_inQuotes)
                {
                    _recordChars = 0;
                    _recordLine = _line;
                }
            }

            rest = rest[(next + 1)..];
        }
    }
}
