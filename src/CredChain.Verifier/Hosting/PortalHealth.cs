using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CredChain.Verifier.Hosting;

/// <summary>
/// <c>/health</c>: <c>{"status":"Healthy"}</c> (also while degraded: the portal still answers) or <c>{"status":"Unhealthy"}</c>
/// with 503. With <see cref="PortalOptions.HealthDetailsKey"/> configured and sent in <see cref="KeyHeader"/>, the
/// details: <c>{"status":"Healthy|Degraded|Unhealthy","checks":{"networks":{"status":...,"description":...,"&lt;network&gt;":block}}}</c>.
/// </summary>
internal static class PortalHealth
{
    public const string KeyHeader = "X-Health-Key";

    public static IEndpointRouteBuilder MapPortalHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync });
        return app;
    }

    private static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        var key = context.RequestServices.GetRequiredService<IOptions<PortalOptions>>().Value.HealthDetailsKey;
        context.Response.ContentType = "application/json";
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        // As the portal's other JSON: never embedded in HTML, so apostrophes and Chinese stay readable.
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            if (key is { Length: > 0 } && Matches(context.Request.Headers[KeyHeader].ToString(), key))
            {
                WriteDetails(writer, report);
            }
            else
            {
                writer.WriteString("status", report.Status == HealthStatus.Unhealthy ? nameof(HealthStatus.Unhealthy) : nameof(HealthStatus.Healthy));
            }

            writer.WriteEndObject();
        }

        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }

    /// <summary>Compared as hashes, so that neither the length nor a prefix of the key leaks through timing.</summary>
    private static bool Matches(string sent, string key) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(sent)), SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static void WriteDetails(Utf8JsonWriter writer, HealthReport report)
    {
        writer.WriteString("status", report.Status.ToString());
        writer.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            writer.WriteStartObject(name);
            writer.WriteString("status", entry.Status.ToString());
            writer.WriteString("description", entry.Description);
            foreach (var (item, value) in entry.Data)
            {
                switch (value)
                {
                    case long number:
                        writer.WriteNumber(item, number);
                        break;
                    case int number:
                        writer.WriteNumber(item, number);
                        break;
                    default:
                        writer.WriteString(item, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                        break;
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
