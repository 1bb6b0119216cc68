using System.Text.Json;
using CredChain.Core.Problems;
using CredChain.Hosting.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace CredChain.Verifier.Hosting;

/// <summary>Deserializes a small JSON request body with a hard size limit and ProblemDetails on failure.</summary>
internal static class BoundedJson
{
    public static async Task<(T? Value, ProblemHttpResult? Problem)> ReadAsync<T>(HttpRequest request, long limit, CancellationToken cancellationToken)
        where T : class
    {
        if (!IsJson(request))
        {
            return (null, NotJson());
        }

        using var body = await PooledBody.ReadAsync(request, limit, cancellationToken);
        if (body is null)
        {
            return (null, Problems.TooLarge(limit));
        }

        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = JsonSerializer.Deserialize<T>(body.Memory.Span, options);
            return value is null
                ? (null, ProblemResults.Create(ProblemCatalogue.RequestInvalidJson, "Invalid JSON", "The body must be a JSON object."))
                : (value, null);
        }
        catch (JsonException ex)
        {
            return (null, ProblemResults.Create(ProblemCatalogue.RequestInvalidJson, "Invalid JSON", $"Malformed JSON near line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}."));
        }
    }

    private static bool IsJson(HttpRequest request) =>
        request.ContentType is null || request.HasJsonContentType();

    private static ProblemHttpResult NotJson() =>
        ProblemResults.Create(ProblemCatalogue.RequestUnsupportedMediaType, "Unsupported media type", "Send application/json.");
}
