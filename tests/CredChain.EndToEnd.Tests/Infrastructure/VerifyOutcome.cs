using System.Text.Json;

namespace CredChain.EndToEnd.Tests.Infrastructure;

/// <summary>What <c>POST /api/v1/verify</c> answered, in the terms the tests compare whole.</summary>
/// <param name="HttpStatus">200 for a verdict, else the ProblemDetails status.</param>
/// <param name="Status">The verdict status (e.g. <c>tampered</c>) or, for a ProblemDetails, <c>http400</c>, <c>http413</c>…</param>
/// <param name="Code">The reason code of the first check that is not Valid/Skipped (null for a valid verdict), or the ProblemDetails code.</param>
/// <param name="Checks">Every check as <c>kind:status:code</c> (empty for a ProblemDetails).</param>
/// <param name="Body">The response body.</param>
public sealed record VerifyOutcome(int HttpStatus, string Status, string? Code, IReadOnlyList<string> Checks, string Body)
{
    /// <summary>The outcome as one token: <c>valid</c>, <c>tampered/targetHashMismatch</c>, <c>http400/request.duplicate_key</c>…</summary>
    public string Brief => Code is null ? Status : $"{Status}/{Code}";

    public bool IsValid => Status == "valid";

    public override string ToString() => Checks.Count == 0 ? Brief : $"{Brief} [{string.Join(" | ", Checks)}]";

    public static VerifyOutcome Read(int httpStatus, string body)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            // Never expected (errors are ProblemDetails): kept as an outcome no family accepts, so it is listed, not thrown.
            return new VerifyOutcome(httpStatus, $"http{httpStatus}", "unreadable-body", [], body);
        }

        using var _ = json;
        var root = json.RootElement;
        if (httpStatus != 200)
        {
            var code = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("code", out var c) ? c.GetString() : null;
            return new VerifyOutcome(httpStatus, $"http{httpStatus}", code, [], body);
        }

        var checks = root.GetProperty("checks").EnumerateArray()
            .Select(check => (Kind: check.GetProperty("kind").GetString()!, Status: check.GetProperty("status").GetString()!, Code: check.GetProperty("code").GetString()!))
            .ToList();
        var failing = checks.FirstOrDefault(check => check.Status is "invalid" or "error");
        return new VerifyOutcome(
            httpStatus,
            root.GetProperty("status").GetString()!,
            failing.Code,
            [.. checks.Select(check => $"{check.Kind}:{check.Status}:{check.Code}")],
            body);
    }
}
