using System.Buffers;
using System.IO.Pipelines;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;

namespace CredChain.Verifier.Verification;

/// <summary>
/// <c>200</c> with the verdict as <c>application/json</c>: serialized by <see cref="VerdictJsonWriter"/> into a
/// per-thread scratch buffer, then sent in one write with a Content-Length (no chunked framing, no second buffer).
/// Described to OpenAPI exactly as <c>Ok&lt;VerifyResponse&gt;</c> was.
/// </summary>
internal sealed class VerdictJsonResult(VerifyResponse verdict, VerdictJsonWriter writer)
    : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<VerifyResponse>, IContentTypeHttpResult, IEndpointMetadataProvider
{
    private const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>Scratch buffers above this size (a verdict of a very large document) are not kept for the next request.</summary>
    private const int MaxRetainedBytes = 256 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_json;

    public VerifyResponse Value => verdict;

    object? IValueHttpResult.Value => verdict;

    int? IStatusCodeHttpResult.StatusCode => StatusCodes.Status200OK;

    string? IContentTypeHttpResult.ContentType => JsonContentType;

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(VerifyResponse), ["application/json"]));
    }

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(8 * 1024);
        buffer.ResetWrittenCount();
        var json = t_json is { } cached && cached.Options.Encoder == writer.WriterOptions.Encoder
            ? cached
            : t_json = new Utf8JsonWriter(buffer, writer.WriterOptions);
        json.Reset(buffer);
        writer.Write(json, verdict);
        json.Flush();

        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = JsonContentType;
        response.ContentLength = buffer.WrittenCount;
        response.BodyWriter.Write(buffer.WrittenSpan);
        if (buffer.Capacity > MaxRetainedBytes)
        {
            t_buffer = null;
            t_json = null;
        }

        return FlushAsync(response.BodyWriter, httpContext.RequestAborted);
    }

    private static async Task FlushAsync(PipeWriter body, CancellationToken cancellationToken) => await body.FlushAsync(cancellationToken);
}
