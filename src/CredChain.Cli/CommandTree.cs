using System.CommandLine;
using CredChain.Cli.Commands.Network;
using CredChain.Cli.Commands.Deploy;
using CredChain.Cli.Commands.Governance;
using CredChain.Cli.Commands.Hide;
using CredChain.Cli.Commands.Issue;
using CredChain.Cli.Commands.Pdf;
using CredChain.Cli.Commands.Qr;
using CredChain.Cli.Commands.Share;
using CredChain.Cli.Commands.Token;
using CredChain.Cli.Commands.Up;
using CredChain.Cli.Commands.Verify;

namespace CredChain.Cli;

/// <summary>
/// The <c>credchain</c> command tree. A new top-level command is one file under <c>Commands/</c>
/// (a <see cref="Command"/> subclass) and one line here.
/// </summary>
internal static class CommandTree
{
    public static RootCommand Build() =>
        new("credchain: issue, anchor and verify W3C Verifiable Credentials on a permissioned Ethereum network.")
        {
            new NetworkCommand(),
            UpCommand.Create(),
            new TokenCommand(),
            new VerifyCommand(),
            new HideCommand(),
            new QrCommand(),
            new PdfCommand(),
            new ShareCommand(),
            new IssueCommand(),
            new DeployCommand(),
            new AccreditCommand(),
            new SuspendCommand(),
            new ReinstateCommand(),
            new RotateCommand(),
            new DeclareCompromisedCommand(),
        };
}
