using CredChain.Cli.Infrastructure;
using CredChain.Cli.Tests.Support;

namespace CredChain.Cli.Tests;

public sealed class CommandTreeTests
{
    [Fact]
    public async Task Help_ListsTheNetworkCommand()
    {
        var run = await CliRun.InvokeAsync("--help");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Contains("network", run.Output, StringComparison.Ordinal);
        Assert.Contains("Set up the consortium's permissioned Besu QBFT network.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoCommand_ExitsWithUsageError()
    {
        var run = await CliRun.InvokeAsync();

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("Required command was not provided.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_ExitsWithUsageErrorNamingIt()
    {
        var run = await CliRun.InvokeAsync("netwrok", "init");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("'netwrok'", run.Error, StringComparison.Ordinal);
    }
}
