namespace CredChain.Issuer.Import;

/// <summary>Where one CSV column goes: a request member (validFrom, validUntil, type) or a path inside credentialSubject.</summary>
/// <param name="Header">The header cell as written.</param>
/// <param name="RequestMember">The request member filled, or null for a subject field.</param>
/// <param name="SubjectPath">Null for a request member; otherwise the dot-separated path split into segments.</param>
/// <param name="Kind">The JSON type of the cell.</param>
internal sealed record CsvColumn(string Header, string? RequestMember, IReadOnlyList<string>? SubjectPath, CsvValueKind Kind);
