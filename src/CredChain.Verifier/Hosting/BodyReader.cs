using System.Buffers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CredChain.Verifier.Hosting;

/// <summary>Reads a request body into memory without ever holding more than the limit.</summary>
internal static class BodyReader
{
    /// <summary>The body, or null when it exceeds <paramref name="limit"/> bytes.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        var writer = new ArrayBufferWriter<byte>((int)Math.Min(request.ContentLength ?? 4096, limit) + 1);
        while (true)
        {
            var memory = writer.GetMemory(4096);
            var read = await request.Body.ReadAsync(memory, cancellationToken);
            if (read == 0)
            {
                return writer.WrittenSpan.ToArray();
            }

            writer.Advance(read);
            if (writer.WrittenCount > limit)
            {
                return null;
            }
        }
    }

    public static bool IsJson(HttpRequest request) =>
        request.ContentType is null || request.HasJsonContentType();

    public static ProblemHttpResult NotJson() =>
        Problems.Create(StatusCodes.Status415UnsupportedMediaType, ProblemCodes.UnsupportedMediaType, "Unsupported media type", "Send application/json.");
}
