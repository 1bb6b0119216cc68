using System.Net;
using System.Text;
using System.Text.Json;

namespace CredChain.Cli.Infrastructure;

/// <summary>One readable line from an RFC 7807 ProblemDetails body (or whatever else a server answered).</summary>
internal static class ProblemText
{
    public static string Describe(byte[] body, HttpStatusCode status)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                var title = Text(root, "title") ?? status.ToString();
                var detail = Text(root, "detail");
                var code = Text(root, "code");
                return $"{(int)status} {title}{(code is null ? "" : $" [{code}]")}{(detail is null ? "" : $": {detail}")}";
            }
        }
        catch (JsonException)
        {
            // Not ProblemDetails: show the start of whatever came back.
        }

        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 200)).ReplaceLineEndings(" ").Trim();
        return $"{(int)status} {status}{(text.Length == 0 ? "" : $": {text}")}";
    }

    public static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
