using System.Globalization;

namespace CredChain.Core.Problems;

/// <summary>The code a response carries when its handler set none (framework 404s, 405s, body limits, exceptions).</summary>
public static class ProblemDefaults
{
    /// <summary>
    /// The default code of <paramref name="status"/> for <paramref name="dialect"/>. A status with no entry gets the
    /// dialect's fallback: <c>internal_error</c> for 5xx, and for 4xx <c>request.bad</c> (portal) or
    /// <c>http_{status}</c> (issuing service and relay).
    /// </summary>
    public static string ForStatus(ProblemDialect dialect, int status) =>
        (dialect == ProblemDialect.Portal ? Portal(status) : Issuer(status))?.Code
        ?? (status >= 500 ? ProblemCatalogue.InternalError.Code
            : dialect == ProblemDialect.Portal ? ProblemCatalogue.RequestBad.Code
            : "http_" + status.ToString(CultureInfo.InvariantCulture));

    private static ProblemCode? Issuer(int status) => status switch
    {
        400 => ProblemCatalogue.BadRequest,
        401 => ProblemCatalogue.Unauthorized,
        403 => ProblemCatalogue.Forbidden,
        404 => ProblemCatalogue.NotFound,
        405 => ProblemCatalogue.MethodNotAllowed,
        409 => ProblemCatalogue.Conflict,
        413 => ProblemCatalogue.PayloadTooLarge,
        415 => ProblemCatalogue.UnsupportedMediaType,
        _ => null,
    };

    private static ProblemCode? Portal(int status) => status switch
    {
        400 => ProblemCatalogue.RequestBad,
        404 => ProblemCatalogue.NotFound,
        405 => ProblemCatalogue.MethodNotAllowed,
        413 => ProblemCatalogue.RequestTooLarge,
        415 => ProblemCatalogue.RequestUnsupportedMediaType,
        429 => ProblemCatalogue.RequestRateLimited,
        503 => ProblemCatalogue.ServiceUnavailable,
        _ => null,
    };
}
