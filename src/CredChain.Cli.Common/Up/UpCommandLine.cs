using System.CommandLine;
using CredChain.Cli.Infrastructure;

namespace CredChain.Cli.Up;

/// <summary>
/// The <c>up</c> command line, defined once. The CLI parses it (help, usage errors) and hands the same tokens to the
/// dev host (<c>CredChain.DevHost</c>), which parses them again with this class and runs the system.
/// </summary>
internal sealed class UpCommandLine : Command
{
    /// <summary>Set by the CLI for the dev host it starts: stop in order when standard input closes (the CLI asked, or died).</summary>
    public const string StopOnInputClosedVariable = "CREDCHAIN_DEVHOST_STOP_ON_STDIN_EOF";

    private const string Examples = """

        Examples:
          credchain up
          credchain up --data ./data --issuer-port 5070 --portal-port 5080 --rpc-port 8545
          credchain up --data /tmp/cc --issuer-port 0 --portal-port 0 --rpc-port 0 --json   # free ports, one JSON line for scripts
          credchain up --hub          # plus a second dev chain as the national hub and a relay checkpointing this one
        """;

    public UpCommandLine(Func<UpCommandLine, ParseResult, CancellationToken, Task<int>> run)
        : base("up", "Run the whole system locally: dev chain, contracts, demo issuer, issuing service and portal. Ctrl+C stops it." + Examples)
    {
        Options.Add(Data);
        Options.Add(IssuerPort);
        Options.Add(PortalPort);
        Options.Add(RpcPort);
        Options.Add(TokenLifetime);
        Options.Add(Hub);
        Options.Add(Json);
        SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(parseResult, () => run(this, parseResult, cancellationToken)));
    }

    public Option<DirectoryInfo> Data { get; } = new("--data")
    {
        Description = "Folder for the chain state, deployed addresses, databases and the dev token key (created; reused on the next run).",
        DefaultValueFactory = _ => new DirectoryInfo("data"),
    };

    public Option<int> IssuerPort { get; } = Port("--issuer-port", 5070, "issuing service");

    public Option<int> PortalPort { get; } = Port("--portal-port", 5080, "portal");

    public Option<int> RpcPort { get; } = Port("--rpc-port", 8545, "dev chain's JSON-RPC");

    public Option<TimeSpan> TokenLifetime { get; } = new("--token-lifetime")
    {
        Description = "Lifetime of the printed dev bearer token (e.g. 12:00:00).",
        DefaultValueFactory = _ => TimeSpan.FromHours(12),
    };

    public Option<bool> Hub { get; } = new("--hub")
    {
        Description = "Also start a second dev chain as the national hub (chain id 2026, free port) with a relay that checkpoints this chain on it (docs/hub.md).",
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print one JSON line (URLs, addresses, token) once running, instead of the banner.",
    };

    private static Option<int> Port(string name, int defaultPort, string what) => new(name)
    {
        Description = $"Loopback port of the {what} (0 picks a free one).",
        DefaultValueFactory = _ => defaultPort,
        CustomParser = RangeOptionParser.Int32(0, 65535),
    };
}
