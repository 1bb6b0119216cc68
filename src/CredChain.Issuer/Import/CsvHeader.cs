namespace CredChain.Issuer.Import;

/// <summary>
/// The CSV column mapping. Header names <c>validFrom</c>, <c>validUntil</c> and <c>type</c> (types separated by <c>;</c>)
/// fill the request members; every other column is a dot-separated path into <c>credentialSubject</c>
/// (an optional leading <c>credentialSubject.</c> is dropped), so <c>name.zh</c> gives <c>{"name":{"zh":…}}</c>.
/// A suffix <c>:number</c> or <c>:boolean</c> types the cell; an empty cell leaves the field out.
/// </summary>
internal static class CsvHeader
{
    private static readonly string[] RequestMembers = [RequestFields.ValidFrom, RequestFields.ValidUntil, RequestFields.Type];

    public static IReadOnlyList<CsvColumn>? Parse(IReadOnlyList<string> headers, int line, List<RowError> errors)
    {
        var columns = new List<CsvColumn>(headers.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var before = errors.Count;
        foreach (var raw in headers)
        {
            var header = raw.Trim();
            var kind = CsvValueKind.String;
            var name = header;
            var colon = header.LastIndexOf(':');
            if (colon > 0)
            {
                (name, kind) = header[(colon + 1)..] switch
                {
                    "number" => (header[..colon], CsvValueKind.Number),
                    "boolean" => (header[..colon], CsvValueKind.Boolean),
                    "string" => (header[..colon], CsvValueKind.String),
                    _ => (header, CsvValueKind.String),
                };
            }

            if (!seen.Add(name))
            {
                errors.Add(new RowError(line, RowErrorCodes.InvalidHeader, $"Column '{name}' appears twice.", name));
                continue;
            }

            if (RequestMembers.Contains(name, StringComparer.Ordinal))
            {
                columns.Add(new CsvColumn(header, name, null, CsvValueKind.String));
                continue;
            }

            var path = name.StartsWith(RequestFields.CredentialSubject + ".", StringComparison.Ordinal)
                ? name[(RequestFields.CredentialSubject.Length + 1)..]
                : name;
            var segments = path.Split('.');
            if (segments.Any(s => s.Length == 0))
            {
                errors.Add(new RowError(line, RowErrorCodes.InvalidHeader, $"Column '{name}' is not a dot-separated path of non-empty names.", name));
                continue;
            }

            columns.Add(new CsvColumn(header, null, segments, kind));
        }

        CheckPrefixConflicts(columns, line, errors);
        return errors.Count == before ? columns : null;
    }

    private static void CheckPrefixConflicts(List<CsvColumn> columns, int line, List<RowError> errors)
    {
        var leaves = columns.Where(c => c.SubjectPath is not null).Select(c => string.Join('.', c.SubjectPath!)).ToHashSet(StringComparer.Ordinal);
        foreach (var column in columns.Where(c => c.SubjectPath is { Count: > 1 }))
        {
            for (var i = 1; i < column.SubjectPath!.Count; i++)
            {
                var prefix = string.Join('.', column.SubjectPath.Take(i));
                if (leaves.Contains(prefix))
                {
                    errors.Add(new RowError(line, RowErrorCodes.InvalidHeader, $"Column '{prefix}' is a value and also the parent of '{string.Join('.', column.SubjectPath)}'.", prefix));
                }
            }
        }
    }
}
