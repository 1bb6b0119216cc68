using CredChain.Issuer.Import;

namespace CredChain.Issuer.Credentials;

/// <summary>Request-level problems shared by the issuing endpoints (size, media type, rejected rows).</summary>
internal static class IssuingProblems
{
    public static ProblemHttpResult TooLarge(long limit) =>
        ProblemResults.Create(ProblemCatalogue.PayloadTooLarge, "Request body too large", $"The limit is {limit} bytes.");

    public static ProblemHttpResult UnsupportedMediaType(string expected) =>
        ProblemResults.Create(ProblemCatalogue.UnsupportedMediaType, "Unsupported media type", $"Send {expected}.");

    public static ProblemHttpResult RowErrors(ProblemCode code, string title, IReadOnlyList<RowError> errors, int totalErrors) =>
        ProblemResults.Create(code, title, $"{totalErrors} problem(s); nothing was stored.", new Dictionary<string, object?>
        {
            ["errors"] = errors.Select(e => new Dictionary<string, object?> { ["row"] = e.Row, ["code"] = e.Code, ["message"] = e.Message, ["field"] = e.Field }).ToList(),
            ["errorCount"] = totalErrors,
            ["truncated"] = totalErrors > errors.Count,
        });
}
