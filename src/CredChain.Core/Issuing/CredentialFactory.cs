using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Leaves;

namespace CredChain.Core.Issuing;

/// <summary>
/// Issues credentials: writes the VC 2.0 JSON (every number in canonical form, within <see cref="CredentialLimits"/>),
/// gives every subject leaf a fresh 128-bit salt and computes the targetHash. The result carries no Merkle proof or
/// anchor yet (see <see cref="CredentialDocument.WithAnchor"/>).
/// Thread-safe when <see cref="RandomNumberGenerator"/> is (the default one from <see cref="RandomNumberGenerator.Create()"/> is).
/// </summary>
public sealed class CredentialFactory
{
    /// <summary>
    /// The most drafts <see cref="IssueTransient(ReadOnlySpan{CredentialDraft}, Span{IssueOutcome})"/> issues at once:
    /// the lanes of the four-lane hasher.
    /// </summary>
    public const int MaxGroup = 4;

    /// <summary>The calling thread's envelope and targetHash preimages of a group, end to end.</summary>
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_groupPreimages;

    private readonly TimeProvider _timeProvider;
    private readonly RandomNumberGenerator _random;

    /// <summary>Creates the factory. Ids come from <paramref name="timeProvider"/>; ids and salts from <paramref name="random"/>.</summary>
    public CredentialFactory(TimeProvider timeProvider, RandomNumberGenerator random)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(random);
        _timeProvider = timeProvider;
        _random = random;
    }

    /// <summary>Issues a credential with a new UUIDv7 id.</summary>
    /// <exception cref="CredentialFormatException">The draft does not make a valid credential (the error names the field).</exception>
    public CredentialDocument Create(CredentialDraft draft) => Create(draft, UuidV7.NewGuid(_timeProvider, _random));

    /// <summary>Issues a credential with the given id (a UUIDv7).</summary>
    /// <exception cref="CredentialFormatException">The draft does not make a valid credential (the error names the field).</exception>
    public CredentialDocument Create(CredentialDraft draft, Guid id)
    {
        ArgumentNullException.ThrowIfNull(draft);
        CredentialDocument document;
        var set = LeafSet.Rent();
        try
        {
            var written = DraftWriter.Write(draft, id, set.ArrayLengths);
            var credential = CredentialDocumentReader.ReadCredentialOnly(written.Credential);
            var walk = SubjectWalker.Walk(written.Subject, set, strict: false, arrayLengthsKnown: true);
            if (!walk.Succeeded)
            {
                // The reader has accepted the credential, and the draft writer writes canonical numbers: what is left is an empty container.
                throw new CredentialFormatException(CredentialFormatError.EmptyContainer, walk.Pointer, "Empty objects and arrays cannot be issued; omit them.");
            }

            var salts = DrawSalts(set.Count);
            var hashes = new Hash32[set.Count + 1];
            CredentialHashing.HashLeaves(set, salts, hashes.AsSpan(0, set.Count));
            hashes[set.Count] = CredentialHashing.ComputeEnvelopeLeaf(credential.Root);
            var map = ImmutableSortedDictionary.CreateBuilder<string, Salt>(StringComparer.Ordinal);
            for (var i = 0; i < set.Count; i++)
            {
                map.Add(set.Pointers[i], salts[i]);
            }

            var proof = new CredentialProof(map.ToImmutable(), [], CredentialHashing.ComputeTargetHashInPlace(hashes));
            document = new CredentialDocument(credential, proof, credentialIsWritten: true);
        }
        finally
        {
            set.Return();
        }

        CheckIssuedSize(document.ToUtf8Bytes().Length);
        return document;
    }

    /// <summary>
    /// Issues a credential with a new UUIDv7 id straight to its stored form: the same document as
    /// <c>Create(draft).ToUtf8Bytes()</c>, in about half the time (token walks over the written credential, no parsed
    /// copy). Meant for bulk issuing.
    /// </summary>
    /// <exception cref="CredentialFormatException">The draft does not make a valid credential (the error names the field).</exception>
    public IssuedCredential Issue(CredentialDraft draft) => Issue(draft, UuidV7.NewGuid(_timeProvider, _random));

    /// <summary>Issues a credential with the given id (a UUIDv7) straight to its stored form (see <see cref="Issue(CredentialDraft)"/>).</summary>
    /// <exception cref="CredentialFormatException">The draft does not make a valid credential (the error names the field).</exception>
    public IssuedCredential Issue(CredentialDraft draft, Guid id) => IssueOne(draft, id, transient: false);

    /// <summary>
    /// Issues a credential as <see cref="Issue(CredentialDraft)"/> does, written into buffers of the calling thread:
    /// the document's bytes are valid only until the thread's next <c>IssueTransient</c>. For bulk issuing that copies
    /// or condenses them at once (no 2–3 KB of buffers allocated per credential).
    /// </summary>
    /// <exception cref="CredentialFormatException">The draft does not make a valid credential (the error names the field).</exception>
    public IssuedCredential IssueTransient(CredentialDraft draft) => IssueOne(draft, UuidV7.NewGuid(_timeProvider, _random), transient: true);

    /// <summary>
    /// Issues up to <see cref="MaxGroup"/> drafts as <see cref="IssueTransient(CredentialDraft)"/> does, each with a new
    /// UUIDv7 id, hashing their envelope leaves and then their targetHashes four at a time (<see cref="Keccak256x4"/>)
    /// rather than one by one. Each outcome holds the credential, or why that draft was refused; one refused draft does
    /// not stop the others. The documents' bytes are valid until the thread's next <c>IssueTransient</c>. Ids and salts
    /// are drawn in the drafts' order, as that many single calls would draw them, so the documents are the same.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">More than <see cref="MaxGroup"/> drafts.</exception>
    /// <exception cref="ArgumentException">Fewer outcomes than drafts, or a draft is null.</exception>
    public void IssueTransient(ReadOnlySpan<CredentialDraft> drafts, Span<IssueOutcome> outcomes)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(drafts.Length, MaxGroup);
        if (outcomes.Length < drafts.Length)
        {
            throw new ArgumentException($"The outcomes need room for {drafts.Length} credentials.", nameof(outcomes));
        }

        foreach (var draft in drafts)
        {
            if (draft is null)
            {
                throw new ArgumentException("A draft is null.", nameof(drafts));
            }
        }

        IssueGroup(drafts, [], transient: true, outcomes);
    }

    private IssuedCredential IssueOne(CredentialDraft draft, Guid id, bool transient)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var outcome = default(IssueOutcome);
        IssueGroup(new ReadOnlySpan<CredentialDraft>(in draft), new ReadOnlySpan<Guid>(in id), transient, new Span<IssueOutcome>(ref outcome));
        if (outcome.Error is { } error)
        {
            ExceptionDispatchInfo.Throw(error);
        }

        return outcome.Credential!;
    }

    /// <summary>
    /// Issues the drafts (ids from <paramref name="ids"/>, or new ones when it is empty): each is written, walked and its
    /// subject leaves hashed in turn; then the envelope leaves of all, and then their targetHashes, go through the
    /// four-lane hasher together; then each document is written. Transient documents go to the thread's buffer of their
    /// draft's index.
    /// </summary>
    private void IssueGroup(ReadOnlySpan<CredentialDraft> drafts, ReadOnlySpan<Guid> ids, bool transient, Span<IssueOutcome> outcomes)
    {
        var prepared = new PreparedCredential[drafts.Length];
        Span<int> indexes = stackalloc int[MaxGroup];
        Span<int> offsets = stackalloc int[MaxGroup + 1];
        offsets[0] = 0;
        var preimages = t_groupPreimages ??= new ArrayBufferWriter<byte>(4096);
        preimages.ResetWrittenCount();
        var count = 0;
        for (var k = 0; k < drafts.Length; k++)
        {
            var id = ids.IsEmpty ? UuidV7.NewGuid(_timeProvider, _random) : ids[k];
            try
            {
                if (TryPrepare(drafts[k], id, transient ? k : null, preimages, out prepared[count]))
                {
                    indexes[count++] = k;
                    offsets[count] = preimages.WrittenCount;
                    continue;
                }

                // Something the document format refuses: the parsing path says precisely what and where.
                var document = Create(drafts[k], id);
                outcomes[k] = new IssueOutcome(new IssuedCredential(id, document.Proof.TargetHash, document.ToUtf8Bytes()), null);
            }
            catch (CredentialFormatException exception)
            {
                outcomes[k] = new IssueOutcome(null, exception);
            }
        }

        if (count == 0)
        {
            return;
        }

        // The envelope leaves, then the targetHashes (every leaf hash sorted, end to end), four at a time.
        Span<Hash32> hashes = stackalloc Hash32[MaxGroup];
        Keccak256x4.HashMany(preimages.WrittenSpan, offsets[..(count + 1)], hashes);
        preimages.ResetWrittenCount();
        for (var p = 0; p < count; p++)
        {
            var leaves = prepared[p].Hashes;
            leaves[^1] = hashes[p];
            CredentialHashing.AppendTargetPreimageInPlace(leaves, preimages);
            offsets[p + 1] = preimages.WrittenCount;
        }

        Keccak256x4.HashMany(preimages.WrittenSpan, offsets[..(count + 1)], hashes);
        for (var p = 0; p < count; p++)
        {
            var k = indexes[p];
            try
            {
                outcomes[k] = new IssueOutcome(Finish(prepared[p], hashes[p], transient ? k : null), null);
            }
            catch (CredentialFormatException exception)
            {
                outcomes[k] = new IssueOutcome(null, exception);
            }
        }
    }

    /// <summary>
    /// Writes the draft, walks its subject, draws its salts and hashes its subject leaves; appends its envelope leaf's
    /// preimage to <paramref name="envelopes"/>. False when the token paths cannot take it (the caller then parses).
    /// </summary>
    private bool TryPrepare(CredentialDraft draft, Guid id, int? transientSlot, ArrayBufferWriter<byte> envelopes, out PreparedCredential prepared)
    {
        var set = LeafSet.Rent();
        try
        {
            // The leaves are recorded as the subject is written; only what the recorder does not take is walked again.
            var written = DraftWriter.Write(draft, id, set.ArrayLengths, transientSlot, set.Recorder);
            if (set.Recorder.Failed)
            {
                set.ClearLeaves();
                if (!SubjectWalker.Walk(written.Subject, set, strict: true, arrayLengthsKnown: true).Succeeded)
                {
                    prepared = default;
                    return false;
                }
            }

            if (!CredentialHashing.TryAppendEnvelopePreimage(written.Envelope, envelopes))
            {
                prepared = default;
                return false;
            }

            var salts = DrawSalts(set.Count);
            var hashes = new Hash32[set.Count + 1];
            CredentialHashing.HashLeaves(set, salts, hashes.AsSpan(0, set.Count));

            var sorted = new KeyValuePair<string, Salt>[set.Count];
            for (var i = 0; i < sorted.Length; i++)
            {
                sorted[i] = new(set.Pointers[i], salts[i]);
            }

            Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Key, b.Key));

            // The leaves are hashed: the salts' array now lists them in the proof's order.
            for (var i = 0; i < sorted.Length; i++)
            {
                salts[i] = sorted[i].Value;
            }

            prepared = new PreparedCredential(id, written, hashes, sorted, salts);
            return true;
        }
        finally
        {
            set.Return();
        }
    }

    /// <summary>Writes the issued document of a prepared credential with its targetHash.</summary>
    private static IssuedCredential Finish(in PreparedCredential prepared, Hash32 targetHash, int? transientSlot)
    {
        var written = prepared.Written;
        var valueStarts = new int[prepared.Sorted.Length + 1];
        var bytes = transientSlot is { } slot
            ? CredentialDocumentWriter.WriteIssuedTransient(written.Credential, prepared.Sorted, targetHash, valueStarts, slot)
            : CredentialDocumentWriter.WriteWithCredentialBytes(written.Credential, prepared.Sorted, [], targetHash, valueStarts: valueStarts);
        CheckIssuedSize(bytes.Length);
        return new IssuedCredential(prepared.Id, targetHash, bytes)
        {
            Layout = new IssuedLayout(written.IdStart, written.SubjectStart, written.SubjectEnd, valueStarts),
            Salts = prepared.Salts,
        };
    }

    /// <summary>Every leaf's salt in one draw, so <see cref="Create(CredentialDraft, Guid)"/> and <see cref="Issue(CredentialDraft, Guid)"/> give the same salts from the same generator.</summary>
    private Salt[] DrawSalts(int count)
    {
        Span<byte> bytes = count <= 64 ? stackalloc byte[count * Salt.Size] : new byte[count * Salt.Size];
        _random.GetBytes(bytes);
        var salts = new Salt[count];
        for (var i = 0; i < count; i++)
        {
            salts[i] = Salt.FromBytes(bytes.Slice(i * Salt.Size, Salt.Size));
        }

        return salts;
    }

    private static void CheckIssuedSize(int length)
    {
        if (length > CredentialLimits.MaxIssuedBytes)
        {
            throw new CredentialFormatException(
                CredentialFormatError.TooLarge,
                SubjectWalker.RootPointer,
                $"The credential would be {length} bytes with its salts; an issued credential is at most {CredentialLimits.MaxIssuedBytes} bytes, so that every verifier accepts it.");
        }
    }

    /// <summary>A credential written and its subject leaves hashed, waiting for its envelope leaf and targetHash.</summary>
    /// <param name="Id">Its UUIDv7.</param>
    /// <param name="Written">Its credential, as the draft writer wrote it.</param>
    /// <param name="Hashes">Its subject leaf hashes, and a last place for its envelope leaf.</param>
    /// <param name="Sorted">Its pointers and salts in the proof's order.</param>
    /// <param name="Salts">The same salts, in the same order.</param>
    private readonly record struct PreparedCredential(Guid Id, WrittenDraft Written, Hash32[] Hashes, KeyValuePair<string, Salt>[] Sorted, Salt[] Salts);
}
