using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CredChain.Issuer.Import;

/// <summary>Streams a CSV upload into issuance requests through the mapping documented on <see cref="CsvHeader"/>.</summary>
internal static partial class CsvReader
{
    public static async IAsyncEnumerable<ParsedRow> ReadAsync(Stream body, int maxRecordChars, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var text = new StreamReader(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false);
        IReadOnlyList<CsvColumn>? columns = null;
        var records = CsvRecordReader.ReadAsync(text, maxRecordChars, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (records)
        {
            var lastLine = 1;
            while (true)
            {
                CsvRecordReader.CsvRecord record;
                var invalidUtf8 = false;
                try
                {
                    if (!await records.MoveNextAsync())
                    {
                        break;
                    }

                    record = records.Current;
                }
                catch (DecoderFallbackException)
                {
                    invalidUtf8 = true;
                    record = default;
                }

                if (invalidUtf8)
                {
                    // The decoder fails on the buffer it is decoding, so the row is the last one started before the bad bytes.
                    yield return new ParsedRow(lastLine, null, [new RowError(lastLine, RowErrorCodes.InvalidUtf8, "The upload is not valid UTF-8 at or after this row.")]);
                    yield break;
                }

                lastLine = record.Line;
                if (record.Fields is null)
                {
                    yield return new ParsedRow(record.Line, null, [new RowError(record.Line, RowErrorCodes.MalformedCsv, record.Error!)]);
                    if (columns is null)
                    {
                        yield break;
                    }

                    continue;
                }

                if (columns is null)
                {
                    var headerErrors = new List<RowError>();
                    var fields = record.Fields.ToArray();
                    if (fields.Length > 0 && fields[0].StartsWith('\uFEFF'))
                    {
                        fields[0] = fields[0][1..];
                    }

                    columns = CsvHeader.Parse(fields, record.Line, headerErrors);
                    if (columns is null)
                    {
                        yield return new ParsedRow(record.Line, null, headerErrors);
                        yield break;
                    }

                    continue;
                }

                yield return ToRow(columns, record);
            }
        }
    }

    internal static ParsedRow ToRow(IReadOnlyList<CsvColumn> columns, CsvRecordReader.CsvRecord record)
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
