using System.Buffers;
using System.Globalization;
using System.Text.Json;
using CredChain.Core.Canonicalization;
using CredChain.Core.Documents;

namespace CredChain.Core.Leaves;

/// <summary>
/// The one walk over a credential subject's scalars, used by issuing, verification and hiding alike. It reads the
/// subject's UTF-8 JSON token by token (no tree) and records, for every scalar in document order, its JSON Pointer (the
/// key of its salt), its typed path and its canonical value (see <see cref="CredentialHashing"/> for the rules).
/// </summary>
/// <remarks>
/// The typed path names every container on the way, so the same bytes cannot be read two ways: a member is a JSON
/// string, an array element is <c>[index, length]</c>. An array rewritten as an object, or cut short, gives other paths,
/// hence other leaf hashes. Array lengths come from a first, cheaper pass over the same tokens.
/// </remarks>
internal static class SubjectWalker
{
    public const string RootPointer = "/credentialSubject";

    private static ReadOnlySpan<byte> RootStep => "\"credentialSubject\""u8;

    /// <summary>Walks <paramref name="subject"/> (the raw JSON object) into <paramref name="leaves"/>.</summary>
    /// <param name="subject">The subject object's UTF-8 JSON, known to be valid UTF-8 JSON.</param>
    /// <param name="leaves">Receives the leaves.</param>
    /// <param name="strict">
    /// Issuing: nesting, string lengths and duplicate names are checked, and anything unusual ends the walk as
    /// <see cref="WalkProblem.Unusual"/> (the caller then takes the parsing path, which names the problem). Otherwise the
    /// document reader has already checked those, and the walk only reports what it alone sees.
    /// </param>
    /// <param name="arrayLengthsKnown">
    /// <see cref="LeafSet.ArrayLengths"/> already holds the length of every array in the order they open (the issuing
    /// factory records them as it writes the subject), so the counting pass is skipped.
    /// </param>
    public static SubjectWalk Walk(ReadOnlySpan<byte> subject, LeafSet leaves, bool strict, bool arrayLengthsKnown = false)
    {
        var options = new JsonReaderOptions { MaxDepth = CredentialLimits.MaxDepth - 1 };
        try
        {
            if (!arrayLengthsKnown && !CountArrays(subject, options, leaves.ArrayLengths))
            {
                return SubjectWalk.Fail(WalkProblem.NotAnObject, RootPointer);
            }

            return WalkLeaves(subject, options, leaves, strict);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or CanonicalJsonException)
        {
            return SubjectWalk.Fail(WalkProblem.Unusual, RootPointer);
        }
    }

    /// <summary>Records the length of every array, in the order the arrays open.</summary>
    private static bool CountArrays(ReadOnlySpan<byte> subject, JsonReaderOptions options, List<int> lengths)
    {
        var reader = new Utf8JsonReader(subject, options);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        // For each open container: the index of its length in `lengths`, or -1 for an object.
        Span<int> open = stackalloc int[CredentialLimits.MaxDepth + 1];
        var depth = 0;
        open[depth++] = -1;
        while (depth > 0 && reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    continue;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    depth--;
                    continue;
            }

            if (open[depth - 1] >= 0)
            {
                lengths[open[depth - 1]]++;
            }

            if (reader.TokenType == JsonTokenType.StartArray)
            {
                open[depth++] = lengths.Count;
                lengths.Add(0);
            }
            else if (reader.TokenType == JsonTokenType.StartObject)
            {
                open[depth++] = -1;
            }
        }

        return true;
    }

    private static SubjectWalk WalkLeaves(ReadOnlySpan<byte> subject, JsonReaderOptions options, LeafSet leaves, bool strict)
    {
        var reader = new Utf8JsonReader(subject, options);
        var frames = leaves.Frames;
        var depth = 0;
        var prefix = new PathPrefix(leaves.PrefixBuffer);
        var arrays = 0;
        var name = new MemberName(leaves.MemberJson);
        HashSet<string>? seen = strict ? leaves.SeenPointers : null;
        seen?.Clear();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    if (strict && reader.ValueSpan.Length > CredentialLimits.MaxStringBytes)
                    {
                        return SubjectWalk.Fail(WalkProblem.Unusual, frames[depth - 1].Pointer);
                    }

                    name.Read(ref reader);
                    continue;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    var closed = frames[--depth];
                    if (!closed.Any)
                    {
                        return SubjectWalk.Fail(WalkProblem.EmptyContainer, closed.Pointer);
                    }

                    prefix.Truncate(closed.Mark);
                    continue;
            }

            // A value: its pointer, and its step appended to the typed path of its container.
            var mark = prefix.Length;
            var pointer = depth == 0 ? EnterRoot(ref prefix) : Enter(ref frames[depth - 1], ref prefix, in name);
            if (seen is not null && depth > 0 && frames[depth - 1].Length < 0 && !seen.Add(pointer))
            {
                return SubjectWalk.Fail(WalkProblem.Unusual, pointer); // a name repeated in one object
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                var length = reader.TokenType == JsonTokenType.StartArray ? ArrayLength(leaves.ArrayLengths, arrays++) : -1;
                frames[depth++] = new Frame(pointer, mark, length);
                continue;
            }

            if (!TryRecordScalar(ref reader, leaves, strict, pointer, prefix.Span, out var problem))
            {
                return SubjectWalk.Fail(problem, pointer);
            }

            prefix.Truncate(mark);
        }

        return SubjectWalk.Done;
    }

    private static string EnterRoot(ref PathPrefix prefix)
    {
        prefix.Append(RootStep);
        return RootPointer;
    }

    /// <summary>Marks <paramref name="parent"/> as not empty, appends the value's step to the typed path and returns its pointer.</summary>
    private static string Enter(ref Frame parent, ref PathPrefix prefix, in MemberName name)
    {
        parent.Any = true;
        prefix.Append(","u8);
        if (parent.Length >= 0)
        {
            var index = parent.Next++;
            prefix.AppendElement(index, parent.Length);
            return string.Create(CultureInfo.InvariantCulture, $"{parent.Pointer}/{index}");
        }

        prefix.Append(name.Json);
        return name.Plain
            ? TypedPathSteps.ChildPointer(parent.Pointer, name.Json[1..^1])
            : string.Concat(parent.Pointer, "/", JsonPointer.Escape(name.Text!));
    }

    /// <summary>Records the scalar under the reader as a leaf at <paramref name="pointer"/> with the typed path <c>[<paramref name="prefix"/>]</c>.</summary>
    private static bool TryRecordScalar(ref Utf8JsonReader reader, LeafSet leaves, bool strict, string pointer, ReadOnlySpan<byte> prefix, out WalkProblem problem)
    {
        if (strict && reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length > CredentialLimits.MaxStringBytes)
        {
            problem = WalkProblem.Unusual;
            return false;
        }

        if (!JcsToken.WriteScalar(ref reader, leaves.Values))
        {
            problem = strict ? WalkProblem.Unusual : WalkProblem.NumberNotCanonical;
            return false;
        }

        leaves.Paths.Write("["u8);
        leaves.Paths.Write(prefix);
        leaves.Paths.Write("]"u8);
        leaves.Add(pointer);
        problem = WalkProblem.None;
        return true;
    }

    private static int ArrayLength(List<int> lengths, int index) =>
        index < lengths.Count ? lengths[index] : throw new InvalidOperationException("An array of the subject has no recorded length.");

    /// <summary>An open container: its pointer, where its step starts in the typed path, its length (-1: an object).</summary>
    internal struct Frame(string pointer, int mark, int length)
    {
        public readonly string Pointer = pointer;
        public readonly int Mark = mark;
        public readonly int Length = length;
        public int Next;
        public bool Any;
    }

    /// <summary>The member name just read: its canonical JSON string and, when its pointer needs escaping, its text.</summary>
    private ref struct MemberName(ArrayBufferWriter<byte> json)
    {
        private readonly ArrayBufferWriter<byte> _json = json;

        /// <summary>The name as a canonical JSON string, quotes included.</summary>
        public readonly ReadOnlySpan<byte> Json => _json.WrittenSpan;

        /// <summary>The name needs no escaping in a pointer, so <see cref="Text"/> is not made.</summary>
        public bool Plain { get; private set; }

        /// <summary>The name's text, made only when <see cref="Plain"/> is false.</summary>
        public string? Text { get; private set; }

        public void Read(ref Utf8JsonReader reader)
        {
            _json.ResetWrittenCount();
            if (reader.ValueIsEscaped)
            {
                var text = reader.GetString()!;
                JcsString.Write(text, _json);
                (Text, Plain) = (text, false);
                return;
            }

            // Unescaped name text is already canonical (see JcsToken.WriteScalar); its string is made only when the
            // pointer needs escaping, otherwise the pointer is built straight from the bytes.
            var plain = reader.ValueSpan.IndexOfAny((byte)'~', (byte)'/') < 0;
            _json.Write("\""u8);
            _json.Write(reader.ValueSpan);
            _json.Write("\""u8);
            (Text, Plain) = (plain ? null : System.Text.Encoding.UTF8.GetString(reader.ValueSpan), plain);
        }
    }

    /// <summary>The typed path of the current container, as canonical JSON array items without the brackets.</summary>
    private ref struct PathPrefix(byte[] buffer)
    {
        private byte[] _bytes = buffer;

        public int Length { get; private set; }

        public readonly ReadOnlySpan<byte> Span => _bytes.AsSpan(0, Length);

        public void Append(scoped ReadOnlySpan<byte> bytes)
        {
            if (Length + bytes.Length > _bytes.Length)
            {
                Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + bytes.Length));
            }

            bytes.CopyTo(_bytes.AsSpan(Length));
            Length += bytes.Length;
        }

        public void AppendElement(int index, int length)
        {
            Span<byte> text = stackalloc byte[TypedPathSteps.ElementStepMaxLength];
            Append(text[..TypedPathSteps.FormatElementStep(index, length, text)]);
        }

        public void Truncate(int length) => Length = length;
    }
}
