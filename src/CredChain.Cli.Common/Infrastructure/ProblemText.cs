using System.Net;
using System.Text;
using System.Text.Json;
using CredChain.Core.Problems;

namespace CredChain.Cli.Infrastructure;

/// <summary>
/// One readable line from an RFC 7807 ProblemDetails body (or whatever else a server answered): a code from
/// <see cref="ProblemCatalogue"/> gets its Chinese title before the server's English one,
/// <c>404 分享不存在 / Share not found [share.not_found]: detail</c>.
/// </summary>
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
                var code = Text(root, "code");
                var known = ProblemCatalogue.Find(code);
                var title = Text(root, "title") ?? known?.TitleEn ?? status.ToString();
                var detail = Text(root, "detail");
                var zh = known is null ? "" : known.TitleZh + " / ";
                return $"{(int)status} {zh}{title}{(code is null ? "" : $" [{code}]")}{(detail is null ? "" : $": {detail}")}";
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
