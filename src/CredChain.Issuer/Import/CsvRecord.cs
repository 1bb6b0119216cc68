namespace CredChain.Issuer.Import;

/// <summary>
/// One CSV record and the 1-based line it starts on, or the error found in it. <paramref name="Ends"/>: nothing can be
/// read after this error (the text is not UTF-8, or a record outgrew the limit).
/// </summary>
internal readonly record struct CsvRecord(int Line, IReadOnlyList<string>? Fields, RowError? Error, bool Ends = false);
