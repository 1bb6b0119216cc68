using System.Buffers;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Leaves;

namespace CredChain.Core.Issuing;

/// <summary>
/// The token path of <see cref="CredentialFactory"/>'s <c>Issue</c> and <c>IssueTransient</c>, for one draft or a group
/// of up to <see cref="CredentialFactory.MaxGroup"/>: each draft is written with its leaves recorded, salted and its
/// subject leaves hashed in turn; then the envelope leaves of all, and then their targetHashes, go through the
/// four-lane hasher together; then each document is written. A draft the token path cannot take goes to
/// <see cref="CredentialFactory.Create(CredentialDraft, Guid)"/>, which parses and names the problem.
/// </summary>
internal static class GroupIssuing
{
    /// <summary>The calling thread's envelope and targetHash preimages of a group, end to end.</summary>
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_groupPreimages;

    /// <summary>
    /// Issues the drafts (ids from <paramref name="ids"/>, or new ones when it is empty): each is written, walked and its
    /// subject leaves hashed in turn; then the envelope leaves of all, and then their targetHashes, go through the
    /// four-lane hasher together; then each document is written. Transient documents go to the thread's buffer of their
    /// draft's index.
    /// </summary>
    public static void Issue(CredentialFactory factory, ReadOnlySpan<CredentialDraft> drafts, ReadOnlySpan<Guid> ids, bool transient, Span<IssueOutcome> outcomes)
    {
        var prepared = new PreparedCredential[drafts.Length];
        Span<int> indexes = stackalloc int[CredentialFactory.MaxGroup];
        Span<int> offsets = stackalloc int[CredentialFactory.MaxGroup + 1];
        offsets[0] = 0;
        var preimages = t_groupPreimages ??= new ArrayBufferWriter<byte>(4096);
        preimages.ResetWrittenCount();
        var count = 0;
        for (var k = 0; k < drafts.Length; k++)
        {
            var id = ids.IsEmpty ? factory.NewId() : ids[k];
            try
            {
                if (TryPrepare(factory, drafts[k], id, transient ? k : null, preimages, out prepared[count]))
                {
                    indexes[count++] = k;
                    offsets[count] = preimages.WrittenCount;
                    continue;
                }

                // Something the document format refuses: the parsing path says precisely what and where.
                var document = factory.Create(drafts[k], id);
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

        Span<Hash32> hashes = stackalloc Hash32[CredentialFactory.MaxGroup];
        HashTargets(prepared.AsSpan(0, count), preimages, offsets[..(count + 1)], hashes);
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
    /// From the envelope preimages in <paramref name="preimages"/> (at <paramref name="offsets"/>), the envelope leaves,
    /// then the targetHashes (every leaf hash sorted, end to end) into <paramref name="targetHashes"/>, four at a time.
    /// </summary>
    private static void HashTargets(ReadOnlySpan<PreparedCredential> prepared, ArrayBufferWriter<byte> preimages, Span<int> offsets, Span<Hash32> targetHashes)
    {
        Keccak256x4.HashMany(preimages.WrittenSpan, offsets, targetHashes);
        preimages.ResetWrittenCount();
        for (var p = 0; p < prepared.Length; p++)
        {
            var leaves = prepared[p].Hashes;
            leaves[^1] = targetHashes[p];
            CredentialHashing.AppendTargetPreimageInPlace(leaves, preimages);
            offsets[p + 1] = preimages.WrittenCount;
        }

        Keccak256x4.HashMany(preimages.WrittenSpan, offsets, targetHashes);
    }

    /// <summary>
    /// Writes the draft, walks its subject, draws its salts and hashes its subject leaves; appends its envelope leaf's
    /// preimage to <paramref name="envelopes"/>. False when the token paths cannot take it (the caller then parses).
    /// </summary>
    private static bool TryPrepare(CredentialFactory factory, CredentialDraft draft, Guid id, int? transientSlot, ArrayBufferWriter<byte> envelopes, out PreparedCredential prepared)
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

            var salts = factory.DrawSalts(set.Count);
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
        CredentialFactory.CheckIssuedSize(bytes.Length);
        return new IssuedCredential(prepared.Id, targetHash, bytes)
        {
            Layout = new IssuedLayout(written.IdStart, written.SubjectStart, written.SubjectEnd, valueStarts),
            Salts = prepared.Salts,
        };
    }

    /// <summary>A credential written and its subject leaves hashed, waiting for its envelope leaf and targetHash.</summary>
    /// <param name="Id">Its UUIDv7.</param>
    /// <param name="Written">Its credential, as the draft writer wrote it.</param>
    /// <param name="Hashes">Its subject leaf hashes, and a last place for its envelope leaf.</param>
    /// <param name="Sorted">Its pointers and salts in the proof's order.</param>
    /// <param name="Salts">The same salts, in the same order.</param>
    private readonly record struct PreparedCredential(Guid Id, WrittenDraft Written, Hash32[] Hashes, KeyValuePair<string, Salt>[] Sorted, Salt[] Salts);
}
