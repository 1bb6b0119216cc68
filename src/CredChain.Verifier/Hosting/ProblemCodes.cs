namespace CredChain.Verifier.Hosting;

/// <summary>Stable machine-readable codes carried as the <c>code</c> member of every ProblemDetails.</summary>
/// <remarks>Clients branch on these; never rename one.</remarks>
internal static class ProblemCodes
{
    public const string BadRequest = "request.bad";
    public const string InvalidJson = "request.invalid_json";
    public const string NotACredential = "request.not_a_credential";
    public const string TooDeep = "request.too_deep";
    public const string StringTooLong = "request.string_too_long";
    public const string DuplicateKey = "request.duplicate_key";
    public const string TooLarge = "request.too_large";
    public const string UnsupportedMediaType = "request.unsupported_media_type";
    public const string RateLimited = "request.rate_limited";
    public const string NotFound = "not_found";
    public const string MethodNotAllowed = "method_not_allowed";
    public const string Internal = "internal_error";
    public const string Unavailable = "service_unavailable";
    public const string ShareInvalid = "share.invalid";
    public const string ShareNotFound = "share.not_found";
    public const string ShareExpired = "share.expired";
    public const string ShareExists = "share.exists";
    public const string ShareBadDeleteToken = "share.bad_delete_token";
    public const string ShareStoreFull = "share.store_full";
    public const string ShareWithdrawn = "share.withdrawn";
    public const string ShareBadWithdrawalCode = "share.bad_withdrawal_code";
    public const string PublisherUnauthorized = "publication.unauthorized";
    public const string PublicationForbidden = "publication.forbidden";

    /// <summary>The default code for a status when the handler did not set one.</summary>
    public static string ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => BadRequest,
        StatusCodes.Status404NotFound => NotFound,
        StatusCodes.Status405MethodNotAllowed => MethodNotAllowed,
        StatusCodes.Status413PayloadTooLarge => TooLarge,
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType,
        StatusCodes.Status429TooManyRequests => RateLimited,
        StatusCodes.Status503ServiceUnavailable => Unavailable,
        _ => status >= 500 ? Internal : BadRequest,
    };
}
