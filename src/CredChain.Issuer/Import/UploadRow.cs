namespace CredChain.Issuer.Import;

/// <summary>
/// One record of an upload as the reader hands it on: an NDJSON line still to be parsed (<see cref="Json"/>), so that
/// parsing runs on every core with the hashing, or a row already parsed (CSV records, lines refused while reading).
/// </summary>
internal readonly record struct UploadRow(int Row, byte[]? Json, ParsedRow? Parsed)
{
    public static UploadRow Unparsed(int row, byte[] json) => new(row, json, null);

    public static UploadRow Of(ParsedRow parsed) => new(parsed.Row, null, parsed);
}
