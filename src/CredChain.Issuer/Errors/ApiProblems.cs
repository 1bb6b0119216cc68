namespace CredChain.Issuer.Errors;

/// <summary>The issuing service's usual problems, built by the hosts' one <see cref="ProblemResults"/>.</summary>
internal static class ApiProblems
{
    public static ProblemHttpResult NotFound(string what) =>
        ProblemResults.Create(ProblemCatalogue.NotFound, "Not found", $"No {what} with this id is visible to the caller.");

    public static ProblemHttpResult Forbidden(string detail) =>
        ProblemResults.Create(ProblemCatalogue.Forbidden, "Forbidden", detail);

    public static ProblemHttpResult BadRequest(ProblemCode code, string title, string detail) =>
        ProblemResults.Create(code, title, detail, status: StatusCodes.Status400BadRequest);

    public static ProblemHttpResult Conflict(ProblemCode code, string detail) =>
        ProblemResults.Create(code, "Conflict", detail, status: StatusCodes.Status409Conflict);
}
