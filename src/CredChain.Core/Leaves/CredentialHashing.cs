using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;

namespace CredChain.Core.Leaves;

/// <summary>
/// The leaves of a credential and its targetHash (format version 2, see <c>src/CredChain.Core/README.md</c>):
/// <list type="bullet">
/// <item>one <b>envelope leaf</b> for everything outside the subject:
/// <c>keccak256(JCS({"envelope": {…credential members but credentialSubject…}, "version": 2}))</c>; it is never hidden;</item>
/// <item>one salted <b>subject leaf</b> per scalar of <c>credentialSubject</c>:
/// <c>keccak256(JCS({"path": typedPath, "salt": "0x…", "value": v}))</c>, where the typed path names each member as a
/// string and each array element as <c>[index, length]</c>;</item>
/// <item><c>targetHash = keccak256(all leaf hashes — envelope, disclosed and hidden — sorted ascending as bytes, concatenated)</c>.</item>
/// </list>
/// </summary>
public static class CredentialHashing
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_preimages;

    /// <summary>The disclosed leaves of the subject in document order, each with its salt and hash.</summary>
    /// <exception cref="CredentialIntegrityException">The values and salts do not match one to one, a container is empty, or a number is not canonical.</exception>
    public static ImmutableArray<CredentialLeaf> ComputeLeaves(CredentialDocument document) => Recompute(document).Leaves;

    /// <summary>Recomputes a document's targetHash from its envelope, its disclosed values and salts, and its hidden leaves.</summary>
    /// <exception cref="CredentialIntegrityException">The values and salts do not match one to one, a container is empty, or a number is not canonical.</exception>
    public static Hash32 ComputeTargetHash(CredentialDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var set = WalkSubject(document);
        try
        {
            return TargetHashOf(document, set, Salted(set, document.Proof), out _);
        }
        finally
        {
            set.Return();
        }
    }

    /// <summary>The targetHash and the disclosed leaves (what a verifier shows), from one walk of the document.</summary>
    /// <exception cref="CredentialIntegrityException">The values and salts do not match one to one, a container is empty, or a number is not canonical.</exception>
    public static (Hash32 TargetHash, ImmutableArray<CredentialLeaf> Leaves) Recompute(CredentialDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var set = WalkSubject(document);
        try
        {
            var salts = Salted(set, document.Proof);
            var targetHash = TargetHashOf(document, set, salts, out var hashes);
            // One copy of the paths and one of the values for the whole document; each leaf keeps its slices.
            ReadOnlyMemory<byte> paths = set.Paths.WrittenSpan.ToArray();
            ReadOnlyMemory<byte> values = set.Values.WrittenSpan.ToArray();
            var leaves = ImmutableArray.CreateBuilder<CredentialLeaf>(set.Count);
            for (var i = 0; i < set.Count; i++)
            {
                var (pathStart, pathLength) = set.PathRange(i);
                var (valueStart, valueLength) = set.ValueRange(i);
                leaves.Add(new CredentialLeaf(set.Pointers[i], paths.Slice(pathStart, pathLength), values.Slice(valueStart, valueLength), salts[i], hashes[i]));
            }

            return (targetHash, leaves.MoveToImmutable());
        }
        finally
        {
            set.Return();
        }
    }

    /// <summary>Hashes the subject leaves (kept, unsorted, in <paramref name="leafHashes"/>), adds the envelope and hidden leaves, and folds them.</summary>
    private static Hash32 TargetHashOf(CredentialDocument document, LeafSet set, Salt[] salts, out Hash32[] leafHashes)
    {
        var hidden = document.Proof.HiddenLeaves;
        leafHashes = new Hash32[set.Count];
        HashLeaves(set, salts, leafHashes);
        var all = new Hash32[set.Count + 1 + hidden.Length];
        leafHashes.CopyTo(all, 0);
        all[set.Count] = ComputeEnvelopeLeaf(document.Credential.Root);
        hidden.CopyTo(all, set.Count + 1);
        return ComputeTargetHashInPlace(all);
    }

    /// <summary>The envelope leaf of a document.</summary>
    /// <exception cref="CredentialIntegrityException">A number of the envelope is not written in canonical form.</exception>
    public static Hash32 ComputeEnvelopeLeaf(CredentialDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ComputeEnvelopeLeaf(document.Credential.Root);
    }

    /// <summary>
    /// Appends the envelope leaf's preimage straight from the issuing factory's output (its envelope members, in
    /// canonical order, as an unterminated object: <see cref="Issuing.WrittenDraft.Envelope"/>) to
    /// <paramref name="output"/>; false, with nothing appended, when the token path cannot write it.
    /// </summary>
    internal static bool TryAppendEnvelopePreimage(ReadOnlySpan<byte> envelope, ArrayBufferWriter<byte> output)
    {
        var buffer = Preimages();
        if (!EnvelopeLeaf.TryWritePreimage(envelope, buffer, unterminated: true))
        {
            return false;
        }

        output.Write(buffer.WrittenSpan);
        return true;
    }

    /// <summary>
    /// Sorts <paramref name="hashes"/> (every leaf hash of a credential) and appends the targetHash's preimage, their
    /// bytes end to end, to <paramref name="output"/>.
    /// </summary>
    internal static void AppendTargetPreimageInPlace(Hash32[] hashes, ArrayBufferWriter<byte> output)
    {
        Array.Sort(hashes);
        var bytes = output.GetSpan(hashes.Length * Hash32.Size);
        for (var i = 0; i < hashes.Length; i++)
        {
            hashes[i].CopyTo(bytes[(i * Hash32.Size)..]);
        }

        output.Advance(hashes.Length * Hash32.Size);
    }

    /// <summary>The envelope leaf of a parsed credential (its root object).</summary>
    /// <exception cref="CredentialIntegrityException">A number of the envelope is not written in canonical form.</exception>
    internal static Hash32 ComputeEnvelopeLeaf(System.Text.Json.JsonElement root)
    {
        var buffer = Preimages();
        if (!EnvelopeLeaf.TryWritePreimage(JsonMarshal.GetRawUtf8Value(root), buffer))
        {
            if (EnvelopeLeaf.FindNonCanonicalNumber(root) is { } pointer)
            {
                throw new CredentialIntegrityException(IntegrityError.NumberNotCanonical, pointer, "A number is not written in its canonical form.");
            }

            buffer.ResetWrittenCount();
            EnvelopeLeaf.WritePreimage(root, buffer);
        }

        return Keccak256.Hash(buffer.WrittenSpan);
    }

    /// <summary>The exact bytes the envelope leaf hashes.</summary>
    internal static byte[] GetEnvelopePreimage(CredentialDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var buffer = new ArrayBufferWriter<byte>(512);
        EnvelopeLeaf.WritePreimage(document.Credential.Root, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary><c>keccak256</c> of the leaf hashes sorted ascending as bytes and concatenated. The input is not modified.</summary>
    public static Hash32 ComputeTargetHash(IEnumerable<Hash32> leafHashes)
    {
        ArgumentNullException.ThrowIfNull(leafHashes);
        return ComputeTargetHashInPlace(leafHashes.ToArray());
    }

    internal static Hash32 ComputeTargetHashInPlace(Hash32[] hashes)
    {
        var preimage = Preimages();
        AppendTargetPreimageInPlace(hashes, preimage);
        return Keccak256.Hash(preimage.WrittenSpan);
    }

    /// <summary>
    /// Hashes the leaves of <paramref name="set"/> with <paramref name="salts"/> into <paramref name="destination"/>:
    /// the preimages written end to end, then hashed four at a time (<see cref="Keccak256x4"/>).
    /// </summary>
    internal static void HashLeaves(LeafSet set, ReadOnlySpan<Salt> salts, Span<Hash32> destination)
    {
        var preimages = Preimages();
        Span<int> offsets = set.Count < 256 ? stackalloc int[set.Count + 1] : new int[set.Count + 1];
        offsets[0] = 0;
        for (var i = 0; i < set.Count; i++)
        {
            WritePreimage(set.Path(i), salts[i], set.Value(i), preimages);
            offsets[i + 1] = preimages.WrittenCount;
        }

        Keccak256x4.HashMany(preimages.WrittenSpan, offsets, destination);
    }

    /// <summary>A subject leaf's preimage: <c>{"path":…,"salt":"0x…","value":…}</c> (member names already in RFC 8785 order).</summary>
    internal static void WritePreimage(ReadOnlySpan<byte> typedPath, Salt salt, ReadOnlySpan<byte> value, ArrayBufferWriter<byte> output)
    {
        // One span for the whole preimage: a leaf is written in a handful of copies, not seven buffer calls.
        ReadOnlySpan<byte> open = "{\"path\":"u8;
        ReadOnlySpan<byte> saltName = ",\"salt\":\""u8;
        ReadOnlySpan<byte> valueName = "\",\"value\":"u8;
        var length = open.Length + typedPath.Length + saltName.Length + Salt.HexLength + valueName.Length + value.Length + 1;
        var span = output.GetSpan(length);
        open.CopyTo(span);
        var at = open.Length;
        typedPath.CopyTo(span[at..]);
        at += typedPath.Length;
        saltName.CopyTo(span[at..]);
        at += saltName.Length;
        salt.FormatTo(span.Slice(at, Salt.HexLength));
        at += Salt.HexLength;
        valueName.CopyTo(span[at..]);
        at += valueName.Length;
        value.CopyTo(span[at..]);
        span[at + value.Length] = (byte)'}';
        output.Advance(length);
    }

    /// <summary>This thread's preimage buffer, emptied (a large one from an earlier document is let go).</summary>
    private static ArrayBufferWriter<byte> Preimages()
    {
        var buffer = t_preimages;
        if (buffer is null || buffer.Capacity > 64 * 1024)
        {
            t_preimages = buffer = new ArrayBufferWriter<byte>(4096);
        }

        buffer.ResetWrittenCount();
        return buffer;
    }

    /// <summary>Walks the document's subject; the caller returns the set.</summary>
    /// <exception cref="CredentialIntegrityException">A container is empty or a number is not canonical.</exception>
    private static LeafSet WalkSubject(CredentialDocument document)
    {
        var set = LeafSet.Rent();
        var walk = SubjectWalker.Walk(JsonMarshal.GetRawUtf8Value(document.Credential.Subject), set, strict: false);
        return walk.Problem switch
        {
            WalkProblem.None => set,
            WalkProblem.EmptyContainer => throw new CredentialIntegrityException(IntegrityError.EmptyContainer, walk.Pointer!, "Empty objects and arrays carry no leaf and are not allowed."),
            WalkProblem.NumberNotCanonical => throw new CredentialIntegrityException(IntegrityError.NumberNotCanonical, walk.Pointer!, "A number is not written in its canonical form."),
            _ => throw new InvalidOperationException($"The parsed subject could not be walked ({walk.Problem} at {walk.Pointer})."),
        };
    }

    /// <summary>Each leaf's salt from the proof, checking that values and salts match one to one.</summary>
    /// <exception cref="CredentialIntegrityException">A value has no salt, or a salt names no disclosed value.</exception>
    private static Salt[] Salted(LeafSet set, CredentialProof proof)
    {
        var lookup = proof.SaltLookup;
        var salts = new Salt[set.Count];
        for (var i = 0; i < set.Count; i++)
        {
            if (!lookup.TryGetValue(set.Pointers[i], out salts[i]))
            {
                throw new CredentialIntegrityException(IntegrityError.MissingSalt, set.Pointers[i], "The value has no salt.");
            }
        }

        if (lookup.Count != set.Count)
        {
            var disclosed = set.Pointers.ToHashSet(StringComparer.Ordinal);
            var unused = proof.Salts.Keys.First(key => !disclosed.Contains(key));
            throw new CredentialIntegrityException(IntegrityError.UnusedSalt, unused, "The salt names no disclosed value.");
        }

        return salts;
    }
}
