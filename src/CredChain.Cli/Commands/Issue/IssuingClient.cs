using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CredChain.Cli.Infrastructure;

namespace CredChain.Cli.Commands.Issue;

/// <summary>The issuing service's batch API, as <c>credchain issue</c> uses it.</summary>
internal sealed class IssuingClient(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Streams <paramref name="body"/> to <c>POST /api/v1/batches</c>; returns the batch id and count, or the row errors.</summary>
    public async Task<UploadResult> UploadAsync(Stream body, string mediaType, string? issuer, CancellationToken cancellationToken)
    {
        using var content = new StreamContent(body, 64 * 1024);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" };
        var path = issuer is null ? "/api/v1/batches" : $"/api/v1/batches?issuer={Uri.EscapeDataString(issuer)}";
        using var response = await SendAsync(() => http.PostAsync(path, content, cancellationToken)).ConfigureAwait(false);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Accepted)
        {
            using var accepted = JsonDocument.Parse(bytes);
            return new UploadResult(accepted.RootElement.GetProperty("id").GetGuid(), accepted.RootElement.GetProperty("credentialCount").GetInt32(), null, []);
        }

        return new UploadResult(null, 0, ProblemText.Describe(bytes, response.StatusCode), RowErrors(bytes));
    }

    public async Task<BatchStatus> GetBatchAsync(Guid batch, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(() => http.GetAsync(new Uri($"/api/v1/batches/{batch}", UriKind.Relative), cancellationToken)).ConfigureAwait(false);
        await EnsureOkAsync(response, cancellationToken).ConfigureAwait(false);
        return (await response.Content.ReadFromJsonAsync<BatchStatus>(Json, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>Every document of the batch, one NDJSON line at a time, streamed.</summary>
    public async IAsyncEnumerable<string> GetDocumentsAsync(Guid batch, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/v1/batches/{batch}/credentials", UriKind.Relative));
        using var response = await SendAsync(() => http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken)).ConfigureAwait(false);
        await EnsureOkAsync(response, cancellationToken).ConfigureAwait(false);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false));
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (line.Length > 0)
            {
                yield return line;
            }
        }
    }

    private async Task<HttpResponseMessage> SendAsync(Func<Task<HttpResponseMessage>> send)
    {
        try
        {
            return await send().ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new CliException($"cannot reach the issuing service at {http.BaseAddress}: {ex.Message}", ex);
        }
    }

    private static async Task EnsureOkAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode != HttpStatusCode.OK)
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            throw new CliException($"the issuing service answered {ProblemText.Describe(bytes, response.StatusCode)}");
        }
    }

    private static List<RowError> RowErrors(byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
            {
                return [.. errors.EnumerateArray().Select(e => new RowError(
                    e.TryGetProperty("row", out var row) && row.ValueKind == JsonValueKind.Number ? row.GetInt32() : 0,
                    ProblemText.Text(e, "code") ?? "",
                    ProblemText.Text(e, "field"),
                    ProblemText.Text(e, "message") ?? ""))];
            }
        }
        catch (JsonException)
        {
            // Not ProblemDetails: the summary line says what came back.
        }

        return [];
    }

    internal sealed record UploadResult(Guid? BatchId, int CredentialCount, string? Problem, IReadOnlyList<RowError> Errors);

    internal sealed record RowError(int Row, string Code, string? Field, string Message);

    internal sealed record BatchStatus(
        Guid Id, string Issuer, string State, int CredentialCount, string? Root, string? TransactionHash, long? BlockNumber, long? GasUsed, string? LastError,
        BatchFailure? Failure = null);

    /// <summary>Why a batch failed (a deterministic revert, or no key for its account); an operator retries it once the cause is fixed.</summary>
    internal sealed record BatchFailure(string Code, string? Error, string Message);
}
