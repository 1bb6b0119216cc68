using System.Collections.Immutable;
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
    public IssuedCredential Issue(CredentialDraft draft, Guid id) => Issue(draft, id, transient: false);

    /// <summary>
    /// Issues a credential as <see cref="Issue(CredentialDraft)"/> does, written into buffers of the calling thread:
    /// the document's bytes are valid only until the thread's next <c>IssueTransient</c>. For bulk issuing that copies
    /// or condenses them at once (no 2–3 KB of buffers allocated per credential).
    /// </summary>
    /// <exception cref="CredentialFormatException">The draft does not make a valid credential (the error names the field).</exception>
    public IssuedCredential IssueTransient(CredentialDraft draft) => Issue(draft, UuidV7.NewGuid(_timeProvider, _random), transient: true);

    private IssuedCredential Issue(CredentialDraft draft, Guid id, bool transient)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var set = LeafSet.Rent();
        try
        {
            var written = DraftWriter.Write(draft, id, set.ArrayLengths, transient);
            if (!SubjectWalker.Walk(written.Subject, set, strict: true, arrayLengthsKnown: true).Succeeded
                || !CredentialHashing.TryComputeEnvelopeLeaf(written.Envelope, out var envelope))
            {
                // Something the document format refuses: the parsing path says precisely what and where.
                var document = Create(draft, id);
                return new IssuedCredential(id, document.Proof.TargetHash, document.ToUtf8Bytes());
            }

            var salts = DrawSalts(set.Count);
            var hashes = new Hash32[set.Count + 1];
            CredentialHashing.HashLeaves(set, salts, hashes.AsSpan(0, set.Count));
            hashes[set.Count] = envelope;
            var targetHash = CredentialHashing.ComputeTargetHashInPlace(hashes);

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

            var valueStarts = new int[sorted.Length + 1];
            var bytes = transient
                ? CredentialDocumentWriter.WriteIssuedTransient(written.Credential, sorted, targetHash, valueStarts)
                : CredentialDocumentWriter.WriteWithCredentialBytes(written.Credential, sorted, [], targetHash, valueStarts: valueStarts);
            CheckIssuedSize(bytes.Length);
            return new IssuedCredential(id, targetHash, bytes)
            {
                Layout = new IssuedLayout(written.IdStart, written.SubjectStart, written.SubjectEnd, valueStarts),
                Salts = salts,
            };
        }
        finally
        {
            set.Return();
        }
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
}
