namespace CredChain.Issuer.Errors;

/// <summary>Stable machine-readable codes carried in the <c>code</c> extension of every ProblemDetails.</summary>
internal static class ProblemCodes
{
    public const string BadRequest = "bad_request";
    public const string ValidationFailed = "validation_failed";
    public const string ImportRejected = "import_rejected";
    public const string Unauthorized = "unauthorized";
    public const string Forbidden = "forbidden";
    public const string NotFound = "not_found";
    public const string MethodNotAllowed = "method_not_allowed";
    public const string Conflict = "conflict";
    public const string IdempotencyKeyReused = "idempotency_key_reused";
    public const string PayloadTooLarge = "payload_too_large";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string InvalidUtf8 = "invalid_utf8";
    public const string UnknownIssuerAccount = "unknown_issuer_account";
    public const string InvalidState = "invalid_state";
    public const string NotAnchored = "not_anchored";
    public const string PortalUnavailable = "portal_unavailable";
    public const string CertificatesDisabled = "certificates_disabled";
    public const string InternalError = "internal_error";

    public static string ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => BadRequest,
        StatusCodes.Status401Unauthorized => Unauthorized,
        StatusCodes.Status403Forbidden => Forbidden,
        StatusCodes.Status404NotFound => NotFound,
        StatusCodes.Status405MethodNotAllowed => MethodNotAllowed,
        StatusCodes.Status409Conflict => Conflict,
        StatusCodes.Status413PayloadTooLarge => PayloadTooLarge,
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType,
        _ => status >= 500 ? InternalError : "http_" + status.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
