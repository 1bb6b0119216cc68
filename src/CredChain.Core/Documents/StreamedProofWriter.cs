using System.Buffers;
using System.Text.Json;
using CredChain.Core.Merkle;

namespace CredChain.Core.Documents;

/// <summary>
/// The general path of <see cref="AnchoredDocumentWriter"/>: reads the stored document's proof by streaming its tokens
/// (no document tree, no credential validation), then writes every credential member as <see cref="JsonElement.WriteTo"/>
/// would and the completed proof with the document writer, so the bytes are those of <c>Parse(stored).WithAnchor(...).ToUtf8Bytes()</c>.
/// </summary>
internal static class StreamedProofWriter
{
    public static void Write(ReadOnlySpan<byte> stored, MerkleTree tree, AnchorRef anchor, IBufferWriter<byte> output)
    {
        if (stored.Length > CredentialLimits.MaxDocumentBytes)
        {
            throw new CredentialFormatException(CredentialFormatError.TooLarge, null, $"The document is larger than {CredentialLimits.MaxDocumentBytes} bytes.");
        }

        if (!System.Text.Unicode.Utf8.IsValid(stored))
        {
            throw new CredentialFormatException(CredentialFormatError.InvalidJson, null, "The document is not valid UTF-8.");
        }

        try
        {
            // First pass: read the proof and find the path before anything is written to the output.
            var proof = StoredProofReader.Read(stored);
            var path = tree.GetProof(AnchoredDocumentWriter.IndexOf(tree, proof.TargetHash));
            using var writer = new Utf8JsonWriter(output, CredentialDocumentWriter.Options(indented: false));
            writer.WriteStartObject();
            CredentialMemberCopier.Copy(stored, writer);
            CredentialDocumentWriter.WriteProof(writer, proof.Salts, proof.HiddenLeaves, proof.TargetHash, tree.Root, path, anchor);
            writer.WriteEndObject();
        }
        catch (JsonException exception)
        {
            throw new CredentialFormatException(CredentialFormatError.InvalidJson, null, "The document is not well-formed JSON: " + exception.Message, exception);
        }
        catch (InvalidOperationException exception)
        {
            throw new CredentialFormatException(CredentialFormatError.NotCanonicalizable, null, "A string is not valid UTF-16.", exception);
        }
    }

    /// <summary>A reader over a stored document: one level deeper than a document may nest, so the limit is the reader's, not the writer's.</summary>
    internal static Utf8JsonReader Reader(ReadOnlySpan<byte> stored) =>
        new(stored, new JsonReaderOptions { MaxDepth = CredentialLimits.MaxDepth + 1 });
}
