namespace CredChain.Issuer.Publications;

/// <summary>A credential's published copy: the link its certificate's QR code holds and the code printed beside it.</summary>
internal sealed record PublicationResponse(Guid CredentialId, PublicationState State, string Code, Uri Link, DateTimeOffset? PublishedAt, DateTimeOffset? WithdrawnAt)
{
    public static PublicationResponse Of(PublicationRecord record, Uri link) => new(
        record.CredentialId,
        record.State,
        ShareCode.Format(record.Code),
        link,
        record.PublishedAtMs is { } p ? DateTimeOffset.FromUnixTimeMilliseconds(p) : null,
        record.WithdrawnAtMs is { } w ? DateTimeOffset.FromUnixTimeMilliseconds(w) : null);
}
