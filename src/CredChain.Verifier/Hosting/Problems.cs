using Microsoft.AspNetCore.Http.HttpResults;

namespace CredChain.Verifier.Hosting;

/// <summary>Builds ProblemDetails results that always carry a stable <c>code</c>.</summary>
internal static class Problems
{
    public static ProblemHttpResult Create(int status, string code, string title, string? detail = null) =>
        TypedResults.Problem(
            statusCode: status,
            title: title,
            detail: detail,
            extensions: new Dictionary<string, object?> { ["code"] = code });

    public static ProblemHttpResult TooLarge(long limit) =>
        Create(StatusCodes.Status413PayloadTooLarge, ProblemCodes.TooLarge, "Request body too large", $"The body must not exceed {limit} bytes.");
}
