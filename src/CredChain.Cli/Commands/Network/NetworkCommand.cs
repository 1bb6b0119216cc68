using System.CommandLine;

namespace CredChain.Cli.Commands.Network;

/// <summary><c>credchain network</c>: the permissioned Besu network the consortium runs.</summary>
internal sealed class NetworkCommand : Command
{
    public NetworkCommand()
        : base("network", "Set up the consortium's permissioned Besu QBFT network.")
    {
        Subcommands.Add(new NetworkInitCommand());
    }
}
