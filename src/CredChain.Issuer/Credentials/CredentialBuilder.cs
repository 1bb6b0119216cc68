using System.Runtime.InteropServices;
using CredChain.Core.Documents;
using CredChain.Core.Issuing;
using CredChain.Issuer.Accounts;
using CredChain.Issuer.Import;
using CredChain.Issuer.Storage;

namespace CredChain.Issuer.Credentials;

/// <summary>Turns a validated request into a salted, hashed VC 2.0 document (through Core) and its storage record.</summary>
internal sealed class CredentialBuilder(CredentialFactory factory, TimeProvider timeProvider)
{
    /// <summary>
    /// Builds the record, or returns the reason Core refused the content (e.g. an empty object or array). With
    /// <paramref name="templates"/> (an upload's), the document is stored compact against its batch template when it can be.
    /// </summary>
    public CredentialRecord? TryBuild(IssuanceRequest request, IssuerAccount account, Guid? batchId, int row, out RowError? error, TemplateSet? templates = null)
    {
        var now = timeProvider.GetUtcNow();
        var draft = new CredentialDraft(account.Issuer, request.Types, request.CredentialSubject, request.ValidFrom ?? TruncateToSeconds(now), request.ValidUntil);
        IssuedCredential issued;
        try
        {
            // An upload condenses (or copies) each document at once: it is written into the thread's buffers.
            issued = templates is null ? factory.Issue(draft) : factory.IssueTransient(draft);
        }
        catch (CredentialFormatException ex)
        {
            error = new RowError(row, CodeOf(ex.Error), ex.Message, ex.Path);
            return null;
        }

        error = null;
        Guid? templateId = null;
        if (templates is not null)
        {
            // A document left whole is copied out of the thread's buffer here: ExactArray below would keep that buffer
            // itself when the document happens to fill it exactly.
            var compacted = templates.TryCompact(issued, out var id, out var compact);
            templateId = compacted ? id : null;
            issued = issued with { Utf8Json = compacted ? compact : issued.Utf8Json.ToArray() };
        }

        return new CredentialRecord
        {
            Id = issued.Id,
            IssuerAddress = account.Address,
            State = CredentialState.Pending,
            BatchId = batchId,
            TargetHash = issued.TargetHash.ToByteArray(),
            Document = ExactArray(issued.Utf8Json),
            TemplateId = templateId,
            AcceptedAtMs = now.ToUnixTimeMilliseconds(),
        };
    }

    private static string CodeOf(CredentialFormatError error) => error switch
    {
        CredentialFormatError.StringTooLong => RowErrorCodes.ValueTooLong,
        CredentialFormatError.TooDeep => RowErrorCodes.TooDeep,
        CredentialFormatError.InexactNumber => RowErrorCodes.InexactNumber,
        CredentialFormatError.TooLarge => RowErrorCodes.CredentialTooLarge,
        _ => RowErrorCodes.InvalidField,
    };

    /// <summary>The document's own array when the memory spans all of it (what Core returns), else a copy: 2 KB less per credential.</summary>
    private static byte[] ExactArray(ReadOnlyMemory<byte> utf8) =>
        MemoryMarshal.TryGetArray(utf8, out var segment) && segment is { Offset: 0, Array: { } array } && segment.Count == array.Length
            ? array
            : utf8.ToArray();

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset value) =>
        DateTimeOffset.FromUnixTimeSeconds(value.ToUnixTimeSeconds());
}
