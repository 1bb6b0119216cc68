using System.Text.Json;
using System.Text.Json.Serialization;
using CredChain.Issuer.Accounts;
using CredChain.Issuer.Anchoring;
using CredChain.Issuer.Auth;
using CredChain.Issuer.Batches;
using CredChain.Issuer.Credentials;
using CredChain.Issuer.Errors;
using CredChain.Issuer.Health;
using CredChain.Issuer.Qr;
using CredChain.Issuer.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddIssuerProblemDetails();
builder.Services.AddIssuerAuth(builder.Configuration);
builder.Services.AddIssuerStorage(builder.Configuration);
builder.Services.AddIssuing();
builder.Services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
builder.Services.AddHealthChecks()
    .AddCheck<DatabaseHealthCheck>("database")
    .AddCheck<ChainHealthCheck>("chain");
builder.Services.AddOpenApi();

var app = builder.Build();

// Load issuer keys now, so a missing key or password fails the start instead of the first request.
app.Services.GetRequiredService<IssuerAccountRegistry>();

app.UseIssuerProblemDetails();
app.UseAuthentication();
app.UseAuthorization();

app.MapOpenApi();
app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync });
app.MapCredentialsApi();
app.MapBatchesApi();
app.MapQrApi();

app.Run();

/// <summary>Entry point, public for <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
