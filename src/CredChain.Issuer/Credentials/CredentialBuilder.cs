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
    /// <summary>Builds the record of a single request, or returns the reason Core refused the content (e.g. an empty object or array).</summary>
    public CredentialRecord? TryBuild(IssuanceRequest request, IssuerAccount account, Guid? batchId, int row, out RowError? error)
    {
        var now = timeProvider.GetUtcNow();
        IssuedCredential issued;
        try
        {
            issued = factory.Issue(Draft(request, account, now));
        }
        catch (CredentialFormatException ex)
        {
            error = ErrorOf(row, ex);
            return null;
        }

        error = null;
        return Record(issued, account, batchId, templateId: null, now);
    }

    /// <summary>
    /// Builds the records of up to <see cref="CredentialFactory.MaxGroup"/> requests of one upload, issued together
    /// (their last hashes four at a time), each stored compact against the batch's <paramref name="templates"/> when it
    /// can be. Each result is the record, or the reason Core refused that row's content.
    /// </summary>
    public void BuildUploadGroup(
        ReadOnlySpan<IssuanceRequest> requests, ReadOnlySpan<int> rows, IssuerAccount account, Guid batchId, TemplateSet templates, Span<(CredentialRecord? Record, RowError? Error)> results)
    {
        var now = timeProvider.GetUtcNow();
        var drafts = new CredentialDraft[requests.Length];
        for (var i = 0; i < drafts.Length; i++)
        {
            drafts[i] = Draft(requests[i], account, now);
        }

        // The documents are written into the thread's buffers: each is condensed (or copied) before the next group.
        Span<IssueOutcome> outcomes = new IssueOutcome[drafts.Length];
        factory.IssueTransient(drafts, outcomes);
        for (var i = 0; i < drafts.Length; i++)
        {
            if (outcomes[i].Error is { } refused)
            {
                results[i] = (null, ErrorOf(rows[i], refused));
                continue;
            }

            // A document left whole is copied out of the thread's buffer here: ExactArray below would keep that buffer
            // itself when the document happens to fill it exactly.
            var issued = outcomes[i].Credential!;
            var compacted = templates.TryCompact(issued, out var id, out var compact);
            issued = issued with { Utf8Json = compacted ? compact : issued.Utf8Json.ToArray() };
            results[i] = (Record(issued, account, batchId, compacted ? id : null, now), null);
        }
    }

    private static CredentialDraft Draft(IssuanceRequest request, IssuerAccount account, DateTimeOffset now) =>
        new(account.Issuer, request.Types, request.CredentialSubject, request.ValidFrom ?? TruncateToSeconds(now), request.ValidUntil);

    private static CredentialRecord Record(IssuedCredential issued, IssuerAccount account, Guid? batchId, Guid? templateId, DateTimeOffset now) => new()
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

    private static RowError ErrorOf(int row, CredentialFormatException exception) => new(row, CodeOf(exception.Error), exception.Message, exception.Path);

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
