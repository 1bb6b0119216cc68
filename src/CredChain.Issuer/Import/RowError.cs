namespace CredChain.Issuer.Import;

/// <summary>One problem in an upload. <see cref="Row"/> is the 1-based physical line where the record starts (CSV header = row 1).</summary>
internal sealed record RowError(int Row, string Code, string Message, string? Field = null);
