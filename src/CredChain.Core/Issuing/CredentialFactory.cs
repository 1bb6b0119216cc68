using System.Buffers;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text.Json;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Leaves;

namespace CredChain.Core.Issuing;

/// <summary>
/// Issues credentials: writes the VC 2.0 JSON, gives every leaf a fresh 128-bit salt and computes the targetHash.
/// The result carries no Merkle proof or anchor yet (see <see cref="CredentialDocument.WithAnchor"/>).
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
    /// <exception cref="CredentialFormatException">The draft does not make a valid credential (e.g. an empty object in the subject).</exception>
    public CredentialDocument Create(CredentialDraft draft) => Create(draft, UuidV7.NewGuid(_timeProvider, _random));

    /// <summary>Issues a credential with the given id (a UUIDv7).</summary>
    /// <exception cref="CredentialFormatException">The draft does not make a valid credential.</exception>
    public CredentialDocument Create(CredentialDraft draft, Guid id)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var json = WriteCredential(draft, id);
        var credential = CredentialDocumentReader.ReadCredentialOnly(json.WrittenSpan);

        List<(string Path, JsonElement Value)> values;
        try
        {
            values = LeafWalker.Collect(credential.Root);
        }
        catch (CredentialIntegrityException exception)
        {
            throw new CredentialFormatException(CredentialFormatError.EmptyContainer, exception.Path, "Empty objects and arrays cannot be issued; omit them.", exception);
        }

        Span<byte> saltBytes = values.Count <= 64 ? stackalloc byte[values.Count * Salt.Size] : new byte[values.Count * Salt.Size];
        _random.GetBytes(saltBytes);
        var salts = ImmutableSortedDictionary.CreateBuilder<string, Salt>(StringComparer.Ordinal);
        var drawn = new Salt[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            drawn[i] = Salt.FromBytes(saltBytes.Slice(i * Salt.Size, Salt.Size));
            salts.Add(values[i].Path, drawn[i]);
        }

        var hashes = new Hash32[values.Count];
        CredentialHashing.HashLeaves(values, drawn, hashes);

        var proof = new CredentialProof(salts.ToImmutable(), [], CredentialHashing.ComputeTargetHashInPlace(hashes));
        return new CredentialDocument(credential, proof, credentialIsWritten: true);
    }

    /// <summary>
    /// Issues a credential with a new UUIDv7 id straight to its stored form: the same document as
    /// <c>Create(draft).ToUtf8Bytes()</c>, in about half the time (one pass over the written credential, no parsed copy).
    /// Meant for bulk issuing.
    /// </summary>
    /// <exception cref="CredentialFormatException">The draft does not make a valid credential.</exception>
    public IssuedCredential Issue(CredentialDraft draft) => Issue(draft, UuidV7.NewGuid(_timeProvider, _random));

    /// <summary>Issues a credential with the given id (a UUIDv7) straight to its stored form (see <see cref="Issue(CredentialDraft)"/>).</summary>
    /// <exception cref="CredentialFormatException">The draft does not make a valid credential.</exception>
    public IssuedCredential Issue(CredentialDraft draft, Guid id)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var json = WriteCredential(draft, id);
        var salts = new List<KeyValuePair<string, Salt>>(32);
        var hashes = new List<Hash32>(32);
        if (!IssuingWalk.TryHashLeaves(json.WrittenSpan, _random, salts, hashes))
        {
            // Something the document format refuses: the parsing path says precisely what and where.
            var document = Create(draft, id);
            return new IssuedCredential(id, document.Proof.TargetHash, document.ToUtf8Bytes());
        }

        salts.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        var targetHash = CredentialHashing.ComputeTargetHashInPlace([.. hashes]);
        return new IssuedCredential(id, targetHash, CredentialDocumentWriter.WriteWithCredentialBytes(json.WrittenSpan, salts, [], targetHash));
    }

    private static ArrayBufferWriter<byte> WriteCredential(CredentialDraft draft, Guid id)
    {
        if (draft.Subject.ValueKind != JsonValueKind.Object)
        {
            throw new CredentialFormatException(CredentialFormatError.WrongType, "/credentialSubject", "The credential subject must be a JSON object.");
        }

        var buffer = new ArrayBufferWriter<byte>(1024);
        // The document writer's options: the credential bytes are then already in their final form (no escaped CJK
        // to unescape while validating, hashing and writing the document).
        using var writer = new Utf8JsonWriter(buffer, CredentialDocumentWriter.Options(indented: false));
        writer.WriteStartObject();
        writer.WriteStartArray("@context");
        writer.WriteStringValue(Credential.BaseContext);
        foreach (var context in draft.AdditionalContexts)
        {
            writer.WriteStringValue(context);
        }

        writer.WriteEndArray();
        writer.WriteString("id", "urn:uuid:" + id.ToString("D"));
        writer.WriteStartArray("type");
        writer.WriteStringValue(Credential.BaseType);
        foreach (var type in draft.Types.Distinct(StringComparer.Ordinal))
        {
            if (!string.Equals(type, Credential.BaseType, StringComparison.Ordinal))
            {
                writer.WriteStringValue(type);
            }
        }

        writer.WriteEndArray();
        writer.WriteStartObject("issuer");
        writer.WriteString("id", draft.Issuer.Id);
        writer.WriteString("name", draft.Issuer.Name);
        writer.WriteEndObject();
        writer.WriteString("validFrom", RfcDate.Format(draft.ValidFrom));
        if (draft.ValidUntil is { } validUntil)
        {
            writer.WriteString("validUntil", RfcDate.Format(validUntil));
        }

        writer.WritePropertyName("credentialSubject");
        try
        {
            draft.Subject.WriteTo(writer);
        }
        catch (InvalidOperationException exception)
        {
            // System.Text.Json parses an escaped lone surrogate ("\ud800") but cannot write it out as text.
            throw new CredentialFormatException(
                CredentialFormatError.NotCanonicalizable, "/credentialSubject", "The credential subject holds a lone UTF-16 surrogate escape, which is not text.", exception);
        }
        writer.WriteEndObject();
        writer.Flush();
        return buffer;
    }
}
