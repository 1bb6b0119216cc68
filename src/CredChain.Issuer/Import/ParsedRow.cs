namespace CredChain.Issuer.Import;

/// <summary>One record of an upload: a valid request, or the errors that made it invalid.</summary>
internal sealed record ParsedRow(int Row, IssuanceRequest? Request, IReadOnlyList<RowError> Errors);
