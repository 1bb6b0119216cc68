using CredChain.Core.Hashing;

namespace CredChain.Core.Issuing;

/// <summary>
/// An issued credential as an issuing service stores it: its id, its targetHash and its document as compact UTF-8 JSON
/// (the bytes <see cref="Documents.CredentialDocument.ToUtf8Bytes"/> writes), without any parsed form.
/// </summary>
/// <param name="Id">The credential's UUIDv7.</param>
/// <param name="TargetHash">keccak256 of its sorted leaf hashes: the leaf of its batch's Merkle tree.</param>
/// <param name="Utf8Json">The document (credential and proof with salts and targetHash, no Merkle data yet).</param>
public sealed record IssuedCredential(Guid Id, Hash32 TargetHash, ReadOnlyMemory<byte> Utf8Json)
{
    /// <summary>Where the per-credential parts lie in <see cref="Utf8Json"/>; null when the document was written another way.</summary>
    public IssuedLayout? Layout { get; init; }

    /// <summary>
    /// The salts in the order the proof lists them (that of <see cref="IssuedLayout.ValueStarts"/>), each written there in
    /// its canonical hex; null when <see cref="Layout"/> is.
    /// </summary>
    public IReadOnlyList<Documents.Salt>? Salts { get; init; }
}
