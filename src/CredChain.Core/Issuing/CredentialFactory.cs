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

    /// <summary>A new UUIDv7 from this factory's clock and generator.</summary>
    internal Guid NewId() => UuidV7.NewGuid(_timeProvider, _random);

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

        GroupIssuing.Issue(this, drafts, [], transient: true, outcomes);
    }

    private IssuedCredential IssueOne(CredentialDraft draft, Guid id, bool transient)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var outcome = default(IssueOutcome);
        GroupIssuing.Issue(this, new ReadOnlySpan<CredentialDraft>(in draft), new ReadOnlySpan<Guid>(in id), transient, new Span<IssueOutcome>(ref outcome));
        if (outcome.Error is { } error)
        {
            ExceptionDispatchInfo.Throw(error);
        }

        return outcome.Credential!;
    }

    /// <summary>Every leaf's salt in one draw, so <see cref="Create(CredentialDraft, Guid)"/> and <see cref="Issue(CredentialDraft, Guid)"/> give the same salts from the same generator.</summary>
    internal Salt[] DrawSalts(int count)
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

    internal static void CheckIssuedSize(int length)
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
