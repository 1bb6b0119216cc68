namespace CredChain.Issuer.Errors;

/// <summary>Factory for the ProblemDetails results the endpoints return.</summary>
internal static class ApiProblems
{
    public static ProblemHttpResult Problem(int status, string code, string title, string? detail = null, IDictionary<string, object?>? extensions = null)
    {
        var all = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code };
        if (extensions is not null)
        {
            foreach (var (key, value) in extensions)
            {
                all[key] = value;
            }
        }

        return TypedResults.Problem(detail: detail, statusCode: status, title: title, extensions: all);
    }

    public static ProblemHttpResult NotFound(string what) =>
        Problem(StatusCodes.Status404NotFound, ProblemCodes.NotFound, "Not found", $"No {what} with this id is visible to the caller.");

    public static ProblemHttpResult Forbidden(string detail) =>
        Problem(StatusCodes.Status403Forbidden, ProblemCodes.Forbidden, "Forbidden", detail);

    public static ProblemHttpResult BadRequest(string code, string title, string detail) =>
        Problem(StatusCodes.Status400BadRequest, code, title, detail);

    public static ProblemHttpResult Conflict(string code, string detail) =>
        Problem(StatusCodes.Status409Conflict, code, "Conflict", detail);
}
