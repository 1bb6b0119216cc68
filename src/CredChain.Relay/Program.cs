using CredChain.Relay;

await RelayHost.Build(args).RunAsync();

/// <summary>Entry point; public so that tests can host the relay with WebApplicationFactory.</summary>
#pragma warning disable CA1515 // WebApplicationFactory<Program> needs a public type.
public partial class Program;
#pragma warning restore CA1515
