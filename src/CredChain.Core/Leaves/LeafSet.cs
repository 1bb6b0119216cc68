using System.Buffers;

namespace CredChain.Core.Leaves;

/// <summary>
/// The scalars of a credential subject as <see cref="SubjectWalker"/> finds them, in document order: each one's JSON
/// Pointer (the key of its salt), its typed path and its value, both in canonical JSON, kept end to end in two buffers.
/// One instance per thread is reused from document to document.
/// </summary>
internal sealed class LeafSet
{
    // A thread keeps its buffers between documents up to this size; one huge document does not pin them.
    private const int RetainedBytes = 64 * 1024;
    private const int RetainedPointers = 1024;

    [ThreadStatic]
    private static LeafSet? t_current;

    private readonly List<int> _pathEnds = new(33) { 0 };
    private readonly List<int> _valueEnds = new(33) { 0 };
    private SubjectLeafRecorder? _recorder;

    public List<string> Pointers { get; } = new(32);

    public ArrayBufferWriter<byte> Paths { get; } = new(2048);

    public ArrayBufferWriter<byte> Values { get; } = new(2048);

    /// <summary>Scratch for the walker: array lengths in the order their arrays open.</summary>
    public List<int> ArrayLengths { get; } = new(8);

    /// <summary>Scratch for the walker, or the recorder (never both at once): the open containers.</summary>
    internal SubjectWalker.Frame[] Frames { get; } = new SubjectWalker.Frame[Documents.CredentialLimits.MaxDepth + 1];

    /// <summary>Scratch for the strict walker: the pointers of the values seen so far, to find a repeated member name.</summary>
    public HashSet<string> SeenPointers { get; } = new(StringComparer.Ordinal);

    /// <summary>Scratch for the walker: the current member name in canonical JSON.</summary>
    public ArrayBufferWriter<byte> MemberJson { get; } = new(64);

    /// <summary>Scratch for the walker: the typed path of the current container (grown by the walker when needed).</summary>
    public byte[] PrefixBuffer { get; } = new byte[512];

    public int Count => Pointers.Count;

    /// <summary>This set's recorder, for the issuing factory's draft writer.</summary>
    public SubjectLeafRecorder Recorder => _recorder ??= new SubjectLeafRecorder(this);

    /// <summary>This thread's instance, emptied.</summary>
    /// <remarks>Rent before writing a draft, which fills <see cref="ArrayLengths"/>.</remarks>
    public static LeafSet Rent()
    {
        var set = t_current ??= new LeafSet();
        set.Clear();
        return set;
    }

    /// <summary>Lets go of this thread's instance when a large document grew it.</summary>
    public void Return()
    {
        if (Paths.Capacity > RetainedBytes || Values.Capacity > RetainedBytes || SeenPointers.Count > RetainedPointers)
        {
            t_current = null;
        }
    }

    /// <summary>The typed path of leaf <paramref name="index"/>, e.g. <c>["credentialSubject","courses",[0,2],"code"]</c>.</summary>
    public ReadOnlySpan<byte> Path(int index) => Paths.WrittenSpan[_pathEnds[index].._pathEnds[index + 1]];

    /// <summary>The canonical value of leaf <paramref name="index"/>, e.g. <c>"CS101"</c> or <c>3.78</c>.</summary>
    public ReadOnlySpan<byte> Value(int index) => Values.WrittenSpan[_valueEnds[index].._valueEnds[index + 1]];

    /// <summary>Where the typed path of leaf <paramref name="index"/> lies in <see cref="Paths"/>.</summary>
    public (int Start, int Length) PathRange(int index) => (_pathEnds[index], _pathEnds[index + 1] - _pathEnds[index]);

    /// <summary>Where the value of leaf <paramref name="index"/> lies in <see cref="Values"/>.</summary>
    public (int Start, int Length) ValueRange(int index) => (_valueEnds[index], _valueEnds[index + 1] - _valueEnds[index]);

    /// <summary>Closes the leaf whose path and value were just written to <see cref="Paths"/> and <see cref="Values"/>.</summary>
    public void Add(string pointer)
    {
        Pointers.Add(pointer);
        _pathEnds.Add(Paths.WrittenCount);
        _valueEnds.Add(Values.WrittenCount);
    }

    public void Clear()
    {
        ClearLeaves();
        ArrayLengths.Clear();
    }

    /// <summary>Drops the leaves (what a recorder that gave up wrote), keeping <see cref="ArrayLengths"/>.</summary>
    public void ClearLeaves()
    {
        Pointers.Clear();
        Paths.ResetWrittenCount();
        Values.ResetWrittenCount();
        _pathEnds.RemoveRange(1, _pathEnds.Count - 1);
        _valueEnds.RemoveRange(1, _valueEnds.Count - 1);
    }
}
