using System.CommandLine;

namespace CredChain.Cli.Commands.Share;

/// <summary><c>credchain share</c>: what a graduate does with the portal's share links from the command line.</summary>
internal sealed class ShareCommand : Command
{
    public ShareCommand()
        : base("share", "A graduate's share links on the portal.")
    {
        Subcommands.Add(new ShareWithdrawCommand());
    }
}
