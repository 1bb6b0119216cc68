using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CredChain.Cli.Infrastructure;

namespace CredChain.Cli.Commands.Verify;

/// <summary>Verifies a document through a portal's <c>POST /api/v1/verify</c>.</summary>
internal static class PortalVerification
{
    public static async Task<VerifyReport> VerifyAsync(HttpClient http, byte[] document, Uri portal, CancellationToken cancellationToken)
    {
        var endpoint = new Uri(portal, "/api/v1/verify");
        using var content = new ByteArrayContent(document);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsync(endpoint, content, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new CliException($"cannot reach the portal at {endpoint}: {ex.Message}", ExitCodes.CouldNotVerify);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CliException($"the portal at {endpoint} did not answer in time ({ex.Message}).", ExitCodes.CouldNotVerify);
        }

        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return FromVerdict(body, portal);
            }

            var problem = ProblemText.Describe(body, response.StatusCode);
            // 400: not JSON or not a credential at all. That is an answer about the document: not valid.
            throw response.StatusCode == HttpStatusCode.BadRequest
                ? new CliException($"the portal rejected the document: {problem}", ExitCodes.NotValid)
                : new CliException($"the portal could not verify the document: {problem}", ExitCodes.CouldNotVerify);
        }
    }

    private static VerifyReport FromVerdict(byte[] body, Uri portal)
    {
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        var checks = root.GetProperty("checks").EnumerateArray()
            .Select(c => new VerifyReport.Check(
                Pascal(c.GetProperty("kind").GetString()),
                Pascal(c.GetProperty("status").GetString()),
                c.GetProperty("code").GetString() ?? "",
                Text(c, "detail") ?? (c.TryGetProperty("message", out var m) ? Text(m, "en") : null) ?? ""))
            .ToList();
        var issuer = root.TryGetProperty("issuer", out var i) && i.ValueKind == JsonValueKind.Object
            ? (Text(i, "nameZh") is { } zh && Text(i, "nameEn") is { } en ? $"{zh} / {en}" : Text(i, "nameInDocument"))
            : null;
        var anchor = root.TryGetProperty("anchor", out var a) && a.ValueKind == JsonValueKind.Object ? a : default;
        return new VerifyReport(
            root.GetProperty("status").GetString() ?? VerifyReport.CouldNotVerify,
            portal.ToString().TrimEnd('/'),
            Text(root, "credentialId"),
            issuer,
            anchor.ValueKind == JsonValueKind.Object && anchor.TryGetProperty("anchoredAt", out var at) && at.ValueKind == JsonValueKind.String ? at.GetDateTimeOffset() : null,
            root.TryGetProperty("asOf", out var asOf) && asOf.ValueKind == JsonValueKind.Object ? asOf.GetProperty("number").GetInt64() : null,
            checks,
            Text(root, "format") ?? "credchain-v2");
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Pascal(string? camel) => string.IsNullOrEmpty(camel) ? "" : char.ToUpperInvariant(camel[0]) + camel[1..];
}
