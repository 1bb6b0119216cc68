using CredChain.Core.Sharing;

namespace CredChain.Issuer.Publications;

/// <summary>
/// A credential's published copy: the link its certificate's QR code holds, the code printed beside it, and (to a
/// registrar only, who delivers it with the credential file) the holder's withdrawal code, never printed.
/// </summary>
internal sealed record PublicationResponse(
    Guid CredentialId, PublicationState State, string Code, Uri Link, string? HolderWithdrawalCode, DateTimeOffset? PublishedAt, DateTimeOffset? WithdrawnAt)
{
    public static PublicationResponse Of(PublicationRecord record, Uri link, bool withHolderCode = false) => new(
        record.CredentialId,
        record.State,
        ShareCode.Format(record.Code),
        link,
        withHolderCode && record.HolderWithdrawalCode is { } holderCode ? ShareCode.Format(holderCode) : null,
        record.PublishedAtMs is { } p ? DateTimeOffset.FromUnixTimeMilliseconds(p) : null,
        record.WithdrawnAtMs is { } w ? DateTimeOffset.FromUnixTimeMilliseconds(w) : null);
}
