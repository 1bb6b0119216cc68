using CredChain.Issuer.Auth;
using CredChain.Issuer.Batches;
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
builder.Services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddOptions<UploadOptions>().BindConfiguration(UploadOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
builder.Services.AddOpenApi();

var app = builder.Build();

app.UseIssuerProblemDetails();
app.UseAuthentication();
app.UseAuthorization();

app.MapOpenApi();
app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync });
app.MapQrApi();

app.Run();

/// <summary>Entry point, public for <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
