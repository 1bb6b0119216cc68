using System.Buffers;

namespace CredChain.Core.Issuing;

/// <summary>A credential as <see cref="DraftWriter"/> wrote it: its compact UTF-8 and where its subject object lies in it.</summary>
internal readonly record struct WrittenDraft(ArrayBufferWriter<byte> Buffer, int SubjectStart, int SubjectEnd)
{
    /// <summary>The whole credential (a JSON object without <c>proof</c>).</summary>
    public ReadOnlySpan<byte> Credential => Buffer.WrittenSpan;

    /// <summary>The <c>credentialSubject</c> object.</summary>
    public ReadOnlySpan<byte> Subject => Buffer.WrittenSpan[SubjectStart..SubjectEnd];
}
