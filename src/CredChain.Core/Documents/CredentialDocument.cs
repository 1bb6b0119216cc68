using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using CredChain.Core.Hashing;

namespace CredChain.Core.Documents;

/// <summary>
/// A credential document in the native format: the VC 2.0 <see cref="Credential"/> plus its <see cref="CredentialProof"/>.
/// Immutable; parse with <see cref="Parse"/>, write with <see cref="ToUtf8Bytes"/>. Stored documents of an anchored
/// batch are completed with their proofs by <see cref="AnchoredDocumentWriter"/>, which writes the same bytes.
/// </summary>
public sealed class CredentialDocument
{
    internal CredentialDocument(Credential credential, CredentialProof proof, bool credentialIsWritten = false)
    {
        Credential = credential;
        Proof = proof;
        _credentialIsWritten = credentialIsWritten;
    }

    /// <summary>
    /// True when the credential's JSON is exactly what <see cref="WriteTo"/> writes for its members (the factory writes it
    /// with the document writer's options), so compact output can reuse those bytes instead of re-writing every member.
    /// </summary>
    private readonly bool _credentialIsWritten;

    /// <summary>The credential (everything but <c>proof</c>).</summary>
    public Credential Credential { get; }

    /// <summary>The proof.</summary>
    public CredentialProof Proof { get; }

    /// <summary>Parses and validates a UTF-8 JSON document.</summary>
    /// <exception cref="CredentialFormatException">The document is malformed.</exception>
    public static CredentialDocument Parse(ReadOnlySpan<byte> utf8Json) => CredentialDocumentReader.Read(utf8Json);

    /// <summary>Parses and validates a UTF-8 JSON document, reporting a malformed one through <paramref name="error"/>.</summary>
    public static bool TryParse(
        ReadOnlySpan<byte> utf8Json,
        [NotNullWhen(true)] out CredentialDocument? document,
        [NotNullWhen(false)] out CredentialFormatException? error)
    {
        try
        {
            document = CredentialDocumentReader.Read(utf8Json);
            error = null;
            return true;
        }
        catch (CredentialFormatException exception)
        {
            document = null;
            error = exception;
            return false;
        }
    }

    /// <summary>
    /// Writes the document as UTF-8 JSON: the credential members in their order, then <c>proof</c> with members in a
    /// fixed order and salts sorted by path. The same document always gives the same bytes.
    /// </summary>
    public byte[] ToUtf8Bytes(bool indented = false)
    {
        if (!indented && _credentialIsWritten)
        {
            return CredentialDocumentWriter.WriteWithCredentialBytes(System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(Credential.Root), Proof);
        }

        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var writer = new Utf8JsonWriter(buffer, CredentialDocumentWriter.Options(indented)))
        {
            WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the document as a JSON object.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        CredentialDocumentWriter.Write(writer, this);
    }

    /// <summary>The document as a JSON string (see <see cref="ToUtf8Bytes"/>).</summary>
    public string ToJsonString(bool indented = false) => System.Text.Encoding.UTF8.GetString(ToUtf8Bytes(indented));

    /// <summary>
    /// Returns this document with its batch proof: the Merkle root, the path from its targetHash to that root, and
    /// where the root was anchored. Checks that the path does lead to the root.
    /// </summary>
    /// <exception cref="ArgumentException">The path does not lead from the targetHash to the root, or the anchor is invalid.</exception>
    public CredentialDocument WithAnchor(Hash32 merkleRoot, IReadOnlyList<Hash32> merklePath, AnchorRef anchor)
    {
        ArgumentNullException.ThrowIfNull(merklePath);
        ArgumentNullException.ThrowIfNull(anchor);
        var path = merklePath.ToImmutableArray();
        if (!Merkle.MerkleTree.Verify(Proof.TargetHash, path.AsSpan(), merkleRoot))
        {
            throw new ArgumentException("The Merkle path does not lead from the credential's targetHash to the root.", nameof(merklePath));
        }

        AnchoredDocumentWriter.CheckAnchor(anchor);
        return new CredentialDocument(
            Credential,
            new CredentialProof(Proof.Salts, Proof.HiddenLeaves, Proof.TargetHash, merkleRoot, path, anchor),
            _credentialIsWritten);
    }
}
