using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CredChain.Issuer.Import;

/// <summary>
/// Streams a CSV upload into issuance requests: records from <see cref="CsvRecords"/> (Sep), the header through the
/// mapping documented on <see cref="CsvHeader"/>. A malformed header ends the upload; a malformed record is one row error.
/// </summary>
internal static partial class CsvReader
{
    public static async IAsyncEnumerable<ParsedRow> ReadAsync(Stream body, int maxRecordChars, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var text = new StreamReader(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false);
        IReadOnlyList<CsvColumn>? columns = null;
        await foreach (var record in CsvRecords.ReadAsync(text, maxRecordChars, cancellationToken))
        {
            if (record.Error is { } error)
            {
                yield return new ParsedRow(record.Line, null, [error]);
                if (columns is null || record.Ends)
                {
                    yield break;
                }
            }
            else if (columns is null)
            {
                var headerErrors = new List<RowError>();
                columns = CsvHeader.Parse(WithoutByteOrderMark(record.Fields!), record.Line, headerErrors);
                if (columns is null)
                {
                    yield return new ParsedRow(record.Line, null, headerErrors);
                    yield break;
                }
            }
            else
            {
                yield return ToRow(columns, record);
            }
        }
    }

    private static IReadOnlyList<string> WithoutByteOrderMark(IReadOnlyList<string> fields)
    {
        if (fields.Count == 0 || !fields[0].StartsWith('\uFEFF'))
        {
            return fields;
        }

        var copy = fields.ToArray();
        copy[0] = copy[0][1..];
        return copy;
    }

    internal static ParsedRow ToRow(IReadOnlyList<CsvColumn> columns, CsvRecord record)
    {
        var fields = record.Fields!;
        var row = record.Line;
        if (fields.Count != columns.Count)
        {
            return new ParsedRow(row, null, [new RowError(row, RowErrorCodes.MalformedCsv, $"Expected {columns.Count} fields, found {fields.Count}.")]);
        }

        var errors = new List<RowError>();
        var request = new JsonObject();
        var subject = new JsonObject();
        for (var i = 0; i < columns.Count; i++)
        {
            var cell = fields[i];
            if (cell.Length == 0)
            {
                continue;
            }

            var column = columns[i];
            if (column.RequestMember == RequestFields.Type)
            {
                request[RequestFields.Type] = new JsonArray([.. cell.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(t => (JsonNode)JsonValue.Create(t))]);
            }
            else if (column.RequestMember is { } member)
            {
                request[member] = cell;
            }
            else if (ToValue(cell, column, row, errors) is { } value)
            {
                Place(subject, column.SubjectPath!, value);
            }
        }

        if (errors.Count > 0)
        {
            return new ParsedRow(row, null, errors);
        }

        request[RequestFields.CredentialSubject] = subject;
        var element = JsonSerializer.SerializeToElement(request, IssuerJsonContext.Default.JsonObject);
        var parsed = IssuanceRequestReader.Read(element, row, allowIssuer: false, errors, out _);
        return new ParsedRow(row, parsed, errors);
    }

    private static JsonNode? ToValue(string cell, CsvColumn column, int row, List<RowError> errors)
    {
        switch (column.Kind)
        {
            case CsvValueKind.Number when NumberPattern().IsMatch(cell):
                return JsonNode.Parse(cell);
            case CsvValueKind.Boolean when cell is "true" or "false":
                return JsonValue.Create(cell == "true");
            case CsvValueKind.String:
                return JsonValue.Create(cell);
            default:
                errors.Add(new RowError(row, RowErrorCodes.InvalidField, $"Column '{column.Header}' needs a {column.Kind.ToString().ToLowerInvariant()} value.", column.Header));
                return null;
        }
    }

    private static void Place(JsonObject subject, IReadOnlyList<string> path, JsonNode value)
    {
        var node = subject;
        for (var i = 0; i < path.Count - 1; i++)
        {
            if (node[path[i]] is not JsonObject child)
            {
                child = new JsonObject();
                node[path[i]] = child;
            }

            node = child;
        }

        node[path[^1]] = value;
    }

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
