using System.Text.Json;
using CredChain.Issuer.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CredChain.Issuer.Health;

/// <summary>
/// Anyone gets <c>{"status":"Healthy"}</c> (also while degraded: the service still accepts and keeps requests) or
/// <c>{"status":"Unhealthy"}</c> with 503. A caller whose bearer token carries the <c>operator</c> role gets
/// <c>{"status":"Healthy|Degraded|Unhealthy","checks":{"database":{...},"chain":{...}}}</c>. Exception text is never exposed.
/// </summary>
internal static class HealthResponseWriter
{
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        var authorization = context.RequestServices.GetRequiredService<IAuthorizationService>();
        var details = context.User.Identity?.IsAuthenticated == true
            && (await authorization.AuthorizeAsync(context.User, IssuerPolicies.Operate)).Succeeded;

        context.Response.ContentType = "application/json";
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            if (details)
            {
                WriteDetails(writer, report);
            }
            else
            {
                writer.WriteStartObject();
                writer.WriteString("status", report.Status == HealthStatus.Unhealthy ? nameof(HealthStatus.Unhealthy) : nameof(HealthStatus.Healthy));
                writer.WriteEndObject();
            }
        }

        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }

    private static void WriteDetails(Utf8JsonWriter writer, HealthReport report)
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
