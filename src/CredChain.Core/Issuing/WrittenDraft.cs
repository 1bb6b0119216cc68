using System.Buffers;

namespace CredChain.Core.Issuing;

/// <summary>A credential as <see cref="DraftWriter"/> wrote it: its compact UTF-8 and where its subject lies in it.</summary>
/// <param name="Buffer">The credential.</param>
/// <param name="IdStart">Where the UUID text of the credential's <c>id</c> starts (after <c>urn:uuid:</c>).</param>
/// <param name="SubjectMemberStart">Where <c>,"credentialSubject":</c> starts: everything before it is the envelope.</param>
/// <param name="SubjectStart">Where the subject object starts.</param>
/// <param name="SubjectEnd">Where the subject object ends.</param>
internal readonly record struct WrittenDraft(ArrayBufferWriter<byte> Buffer, int IdStart, int SubjectMemberStart, int SubjectStart, int SubjectEnd)
{
    /// <summary>The envelope members as an unterminated object (<c>{"@context":[…],…,"validUntil":"…"</c>).</summary>
    public ReadOnlySpan<byte> Envelope => Buffer.WrittenSpan[..SubjectMemberStart];

    /// <summary>The whole credential (a JSON object without <c>proof</c>).</summary>
    public ReadOnlySpan<byte> Credential => Buffer.WrittenSpan;

    /// <summary>The <c>credentialSubject</c> object.</summary>
    public ReadOnlySpan<byte> Subject => Buffer.WrittenSpan[SubjectStart..SubjectEnd];
}
