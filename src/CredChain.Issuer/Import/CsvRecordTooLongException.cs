namespace CredChain.Issuer.Import;

/// <summary>A CSV record longer than <see cref="UploadOptions.MaxRowBytes"/> characters, starting at <see cref="Line"/>.</summary>
internal sealed class CsvRecordTooLongException(int line, int maxRecordChars)
    : Exception($"A record may hold at most {maxRecordChars} characters.")
{
    public int Line { get; } = line;
}
