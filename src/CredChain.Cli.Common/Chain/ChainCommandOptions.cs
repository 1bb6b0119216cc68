using System.CommandLine;
using CredChain.Cli.Infrastructure;

namespace CredChain.Cli.Chain;

/// <summary>The chain options every on-chain command shares, spelled the same everywhere.</summary>
internal static class ChainCommandOptions
{
    /// <summary><c>--rpc</c> (alias <c>--rpc-url</c>, as docker-compose.yml writes it).</summary>
    public static Option<Uri> Rpc() => new("--rpc", "--rpc-url")
    {
        Description = "JSON-RPC endpoint of a node of the network.",
        Required = true,
        CustomParser = UriOptionParser.Parse!,
    };

    public static Option<long?> ChainId(string description) => new("--chain-id")
    {
        Description = description,
        CustomParser = result => RangeOptionParser.Int64(1, long.MaxValue)(result),
    };
}
