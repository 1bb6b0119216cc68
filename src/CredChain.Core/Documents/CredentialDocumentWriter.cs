using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace CredChain.Core.Documents;

/// <summary>Writes documents in one fixed shape so that the same document always gives the same bytes.</summary>
internal static class CredentialDocumentWriter
{
    // Keep CJK and other text readable in files; HTML-sensitive characters stay escaped.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    private static readonly JsonWriterOptions Compact = new() { Encoder = Encoder, SkipValidation = false };

    private static readonly JsonWriterOptions Indented = new() { Encoder = Encoder, Indented = true, IndentSize = 2 };

    public static JsonWriterOptions Options(bool indented) => indented ? Indented : Compact;

    public static void Write(Utf8JsonWriter writer, CredentialDocument document)
    {
        writer.WriteStartObject();
        document.Credential.WriteMembers(writer);
        WriteProof(writer, document.Proof);
        writer.WriteEndObject();
    }

    private static void WriteProof(Utf8JsonWriter writer, CredentialProof proof)
    {
        writer.WriteStartObject(Credential.ProofMember);
        writer.WriteString(ProofNames.Type, CredentialProof.ProofType);
        writer.WriteStartObject(ProofNames.Salts);
        Span<char> salt = stackalloc char[Salt.HexLength];
        foreach (var (path, value) in proof.Salts)
        {
            value.FormatTo(salt);
            writer.WriteString(path, salt);
        }

        writer.WriteEndObject();
        WriteHashes(writer, ProofNames.HiddenLeaves, proof.HiddenLeaves);
        writer.WriteString(ProofNames.TargetHash, proof.TargetHash.ToString());
        if (proof.MerkleRoot is { } root && proof.Anchor is { } anchor)
        {
            writer.WriteString(ProofNames.MerkleRoot, root.ToString());
            WriteHashes(writer, ProofNames.MerklePath, proof.MerklePath);
            writer.WriteStartObject(ProofNames.Anchor);
            writer.WriteNumber(ProofNames.ChainId, anchor.ChainId);
            writer.WriteString(ProofNames.Registry, anchor.Registry);
            writer.WriteString(ProofNames.TransactionHash, anchor.TransactionHash.ToString());
            writer.WriteNumber(ProofNames.BlockNumber, anchor.BlockNumber);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteHashes(Utf8JsonWriter writer, string name, IEnumerable<Hashing.Hash32> hashes)
    {
        writer.WriteStartArray(name);
        foreach (var hash in hashes)
        {
            writer.WriteStringValue(hash.ToString());
        }

        writer.WriteEndArray();
    }
}
