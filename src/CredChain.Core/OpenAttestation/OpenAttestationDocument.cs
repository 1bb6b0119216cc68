using System.Collections.Immutable;
using System.Text.Json;
using CredChain.Core.Hashing;

namespace CredChain.Core.OpenAttestation;

/// <summary>
/// A wrapped OpenAttestation v2 document (OpenCerts and others): its salted <c>data</c>, the hashes of obfuscated
/// fields, and its <c>SHA3MerkleProof</c> signature. Read with <see cref="OpenAttestationFormat.TryParse"/>.
/// </summary>
public sealed class OpenAttestationDocument
{
    internal OpenAttestationDocument(
        JsonElement data,
        string targetHash,
        Hash32 merkleRoot,
        ImmutableArray<Hash32> proof,
        ImmutableArray<string> obfuscatedData,
        ImmutableArray<OpenAttestationIssuer> issuers)
    {
        Data = data;
        TargetHash = targetHash;
        MerkleRoot = merkleRoot;
        Proof = proof;
        ObfuscatedData = obfuscatedData;
        Issuers = issuers;
    }

    /// <summary>The salted <c>data</c> object (values are <c>uuid:type:value</c> strings), detached from the input.</summary>
    public JsonElement Data { get; }

    /// <summary><c>signature.targetHash</c> exactly as written (64 hex digits, no <c>0x</c>).</summary>
    public string TargetHash { get; }

    /// <summary><c>signature.merkleRoot</c>: the value a <c>DocumentStore</c> issues.</summary>
    public Hash32 MerkleRoot { get; }

    /// <summary><c>signature.proof</c>: sibling hashes from the targetHash up to the root.</summary>
    public ImmutableArray<Hash32> Proof { get; }

    /// <summary><c>privacy.obfuscatedData</c>: hashes of the fields the holder obfuscated.</summary>
    public ImmutableArray<string> ObfuscatedData { get; }

    /// <summary>The issuers <c>data.issuers</c> names, unsalted.</summary>
    public ImmutableArray<OpenAttestationIssuer> Issuers { get; }

    /// <summary>The stated targetHash as a hash (the reader checked its form).</summary>
    public Hash32 TargetHashValue => Hash32.Parse("0x" + TargetHash);
}
