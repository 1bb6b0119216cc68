using System.Buffers;
using System.Globalization;

namespace CredChain.Core.Leaves;

/// <summary>
/// Records a subject's leaves while the issuing factory writes it (<c>Issuing.DraftWriter</c>), exactly as
/// <see cref="SubjectWalker.Walk"/> in strict mode would find them in the written bytes, without reading those bytes
/// again. It works from the draft's raw tokens and takes only the plain case: a member name or string with an escape, a
/// name that needs escaping in a pointer, or a name repeated in one object makes it give up (<see cref="Failed"/>), and
/// the factory then walks the written subject as before.
/// </summary>
/// <remarks>
/// Why the raw tokens give the walker's values: a JSON string token without a backslash is already its canonical
/// (RFC 8785) form, since JSON forbids raw quotes and controls in strings and those are all JCS escapes; the draft writer
/// writes every number in its canonical form and hands those bytes here. The typed path and the pointers are built as
/// the walker builds them.
/// </remarks>
internal sealed class SubjectLeafRecorder
{
    private static ReadOnlySpan<byte> RootStep => "\"credentialSubject\""u8;

    private readonly LeafSet _leaves;
    private byte[] _prefix = new byte[512];
    private int _length;
    private int _depth;

    public SubjectLeafRecorder(LeafSet leaves) => _leaves = leaves;

    /// <summary>The subject held something the recorder does not take; what it recorded must be dropped.</summary>
    public bool Failed { get; private set; }

    /// <summary>Starts a subject: the root object's value is next.</summary>
    public void Start()
    {
        _length = 0;
        _depth = 0;
        Failed = false;
        _leaves.SeenPointers.Clear();
    }

    /// <summary>The value about to be written is the subject itself; returns the mark to pass back when it ends.</summary>
    public int EnterRoot(out string pointer)
    {
        pointer = SubjectWalker.RootPointer;
        Append(RootStep);
        return 0;
    }

    /// <summary>
    /// The value about to be written is a member of the open object, named by its raw token text (no quotes); returns
    /// the mark to pass back when it ends.
    /// </summary>
    public int EnterMember(ReadOnlySpan<byte> rawName, out string pointer)
    {
        pointer = string.Empty;
        if (Failed)
        {
            return 0;
        }

        if (rawName.IndexOfAny((byte)'\\', (byte)'~', (byte)'/') >= 0)
        {
            // An escape, or a name the pointer must escape: left to the walker.
            Failed = true;
            return 0;
        }

        ref var parent = ref _leaves.Frames[_depth - 1];
        parent.Any = true;
        var mark = _length;
        pointer = TypedPathSteps.ChildPointer(parent.Pointer, rawName);
        if (!_leaves.SeenPointers.Add(pointer))
        {
            Failed = true; // a name repeated in one object
            return 0;
        }

        Span<byte> quote = [(byte)'"'];
        Append(","u8);
        Append(quote);
        Append(rawName);
        Append(quote);
        return mark;
    }

    /// <summary>The value about to be written is the next element of the open array; returns the mark to pass back when it ends.</summary>
    public int EnterElement(out string pointer)
    {
        pointer = string.Empty;
        if (Failed)
        {
            return 0;
        }

        ref var parent = ref _leaves.Frames[_depth - 1];
        parent.Any = true;
        var mark = _length;
        var index = parent.Next++;
        pointer = string.Create(CultureInfo.InvariantCulture, $"{parent.Pointer}/{index}");
        Span<byte> text = stackalloc byte[TypedPathSteps.ElementStepMaxLength + 1];
        text[0] = (byte)',';
        Append(text[..(1 + TypedPathSteps.FormatElementStep(index, parent.Length, text[1..]))]);
        return mark;
    }

    /// <summary>The value entered is an object (<paramref name="arrayLength"/> -1) or an array of that many elements.</summary>
    public void Open(string pointer, int mark, int arrayLength)
    {
        if (!Failed)
        {
            _leaves.Frames[_depth++] = new SubjectWalker.Frame(pointer, mark, arrayLength);
        }
    }

    /// <summary>The container opened last ends.</summary>
    public void Close()
    {
        if (!Failed)
        {
            _length = _leaves.Frames[--_depth].Mark;
        }
    }

    /// <summary>The value entered is a scalar, <paramref name="canonical"/> in its canonical form: records it as a leaf.</summary>
    public void Scalar(string pointer, int mark, ReadOnlySpan<byte> canonical)
    {
        if (Failed)
        {
            return;
        }

        var paths = _leaves.Paths;
        var span = paths.GetSpan(_length + 2);
        span[0] = (byte)'[';
        _prefix.AsSpan(0, _length).CopyTo(span[1..]);
        span[_length + 1] = (byte)']';
        paths.Advance(_length + 2);
        _leaves.Values.Write(canonical);
        _leaves.Add(pointer);
        _length = mark;
    }

    /// <summary>The value is a string the recorder does not take (escaped in the draft).</summary>
    public void Fail() => Failed = true;

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (_length + bytes.Length > _prefix.Length)
        {
            Array.Resize(ref _prefix, Math.Max(_prefix.Length * 2, _length + bytes.Length));
        }

        bytes.CopyTo(_prefix.AsSpan(_length));
        _length += bytes.Length;
    }
}
