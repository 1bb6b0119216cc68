using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CredChain.Issuer.Health;

/// <summary>Writes <c>{"status":"Healthy|Degraded|Unhealthy","checks":{"database":{...},"chain":{...}}}</c>; exception text is never exposed.</summary>
internal static class HealthResponseWriter
{
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, report);
        }

        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }

    private static void Write(Utf8JsonWriter writer, HealthReport report)
    {
        writer.WriteStartObject();
        writer.WriteString("status", report.Status.ToString());
        writer.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            writer.WriteStartObject(name);
            writer.WriteString("status", entry.Status.ToString());
            writer.WriteString("description", entry.Description);
            foreach (var (key, value) in entry.Data)
            {
                writer.WritePropertyName(key);
                JsonSerializer.Serialize(writer, value, value.GetType(), HealthJsonContext.Default);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
