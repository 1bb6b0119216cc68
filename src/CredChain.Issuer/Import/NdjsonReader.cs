using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Unicode;

namespace CredChain.Issuer.Import;

/// <summary>Streams JSON Lines: one issuance request object per line; blank lines are skipped. Never buffers more than one line.</summary>
internal static class NdjsonReader
{
    /// <summary>
    /// Splits the stream into lines, each copied out for <see cref="ParseLine"/> to parse later (on any thread);
    /// blank lines are skipped and over-long ones refused here.
    /// </summary>
    public static async IAsyncEnumerable<UploadRow> ReadAsync(PipeReader reader, int maxLineBytes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var row = 0;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var sequence = result.Buffer;
            while (TryTakeLine(ref sequence, result.IsCompleted, out var line))
            {
                row++;
                if (line.Length > maxLineBytes)
                {
                    yield return UploadRow.Of(Error(row, RowErrorCodes.LineTooLong, $"A line may hold at most {maxLineBytes} bytes."));
                }
                else if (!IsBlank(line))
                {
                    yield return UploadRow.Unparsed(row, line.ToArray());
                }
            }

            if (result.IsCompleted)
            {
                reader.AdvanceTo(sequence.End);
                break;
            }

            // A line longer than the limit is consumed without being buffered whole.
            if (sequence.Length > maxLineBytes + 2L && sequence.PositionOf((byte)'\n') is null)
            {
                row++;
                yield return UploadRow.Of(Error(row, RowErrorCodes.LineTooLong, $"A line may hold at most {maxLineBytes} bytes."));
                reader.AdvanceTo(sequence.End);
                await SkipToNextLineAsync(reader, cancellationToken);
                continue;
            }

            reader.AdvanceTo(sequence.Start, sequence.End);
        }
    }

    private static async Task SkipToNextLineAsync(PipeReader reader, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var position = result.Buffer.PositionOf((byte)'\n');
            if (position is { } newline)
            {
                reader.AdvanceTo(result.Buffer.GetPosition(1, newline));
                return;
            }

            reader.AdvanceTo(result.Buffer.End);
            if (result.IsCompleted)
            {
                return;
            }
        }
    }

    private static bool TryTakeLine(ref ReadOnlySequence<byte> sequence, bool isCompleted, out ReadOnlySequence<byte> line)
    {
        var position = sequence.PositionOf((byte)'\n');
        if (position is { } newline)
        {
            line = sequence.Slice(0, newline);
            sequence = sequence.Slice(sequence.GetPosition(1, newline));
        }
        else if (isCompleted && !sequence.IsEmpty)
        {
            line = sequence;
            sequence = sequence.Slice(sequence.End);
        }
        else
        {
            line = default;
            return false;
        }

        if (!line.IsEmpty && line.Slice(line.Length - 1).FirstSpan[0] == (byte)'\r')
        {
            line = line.Slice(0, line.Length - 1);
        }

        return true;
    }

    /// <summary>
    /// Parses and validates one line. A valid request's subject points into <paramref name="document"/>, which
    /// references <paramref name="line"/> (no copy): dispose it once the request has been used.
    /// </summary>
    internal static ParsedRow ParseLine(ReadOnlyMemory<byte> line, int row, out JsonDocument? document)
    {
        document = null;
        if (!Utf8.IsValid(line.Span))
        {
            return Error(row, RowErrorCodes.InvalidUtf8, "The line is not valid UTF-8.");
        }

        try
        {
            document = JsonDocument.Parse(line, IssuanceRequestReader.DocumentOptions);
        }
        catch (JsonException ex)
        {
            return Error(row, RowErrorCodes.MalformedJson, "Malformed JSON: " + ex.Message);
        }

        var errors = new List<RowError>();
        var request = IssuanceRequestReader.Read(document.RootElement, row, allowIssuer: false, errors, out _);
        return new ParsedRow(row, request, errors);
    }

    private static bool IsBlank(ReadOnlySequence<byte> line)
    {
        foreach (var segment in line)
        {
            if (!segment.Span.Trim(" \t"u8).IsEmpty)
            {
                return false;
            }
        }

        return true;
    }

    private static ParsedRow Error(int row, string code, string message) => new(row, null, [new RowError(row, code, message)]);
}
