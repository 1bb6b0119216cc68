using CredChain.Issuer;

IssuerHost.Build(args).Run();

/// <summary>Entry point, public for <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
