using CredChain.Verifier.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortal();

var app = builder.Build();
app.UsePortal();
app.MapPortal();

await app.RunAsync();

/// <summary>Entry point; public so that tests can host the portal with WebApplicationFactory.</summary>
#pragma warning disable CA1515 // WebApplicationFactory<Program> needs a public type.
public partial class Program;
#pragma warning restore CA1515
