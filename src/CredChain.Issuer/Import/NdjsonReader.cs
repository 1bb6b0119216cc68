using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Unicode;

namespace CredChain.Issuer.Import;

/// <summary>Streams JSON Lines: one issuance request object per line; blank lines are skipped. Never holds more than one line.</summary>
internal static class NdjsonReader
{
    public static async IAsyncEnumerable<ParsedRow> ReadAsync(PipeReader reader, int maxLineBytes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var row = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync(cancellationToken);
                var sequence = result.Buffer;
                while (TryTakeLine(ref sequence, result.IsCompleted, out var line))
                {
                    row++;
                    if (line.Length > maxLineBytes)
                    {
                        yield return Error(row, RowErrorCodes.LineTooLong, $"A line may hold at most {maxLineBytes} bytes.");
                        continue;
                    }

                    var length = (int)line.Length;
                    if (buffer.Length < length)
                    {
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = ArrayPool<byte>.Shared.Rent(length);
                    }

                    line.CopyTo(buffer);
                    var parsed = ParseLine(buffer.AsMemory(0, length), row);
                    if (parsed is not null)
                    {
                        yield return parsed;
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
                    yield return Error(row, RowErrorCodes.LineTooLong, $"A line may hold at most {maxLineBytes} bytes.");
                    reader.AdvanceTo(sequence.End);
                    await SkipToNextLineAsync(reader, cancellationToken);
                    continue;
                }

                reader.AdvanceTo(sequence.Start, sequence.End);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
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

    /// <summary>Returns null for a blank line.</summary>
    internal static ParsedRow? ParseLine(ReadOnlyMemory<byte> line, int row)
    {
        var span = line.Span;
        if (span.Trim(" \t"u8).IsEmpty)
        {
            return null;
        }

        if (!Utf8.IsValid(span))
        {
            return Error(row, RowErrorCodes.InvalidUtf8, "The line is not valid UTF-8.");
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(line, IssuanceRequestReader.DocumentOptions);
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            return Error(row, RowErrorCodes.MalformedJson, "Malformed JSON: " + ex.Message);
        }

        var errors = new List<RowError>();
        var request = IssuanceRequestReader.Read(root, row, allowIssuer: false, errors, out _);
        return new ParsedRow(row, request, errors);
    }

    private static ParsedRow Error(int row, string code, string message) => new(row, null, [new RowError(row, code, message)]);
}
