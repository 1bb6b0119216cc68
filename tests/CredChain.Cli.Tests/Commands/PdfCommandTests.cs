using CredChain.Cli.Infrastructure;
using CredChain.Cli.Tests.Support;

namespace CredChain.Cli.Tests.Commands;

/// <summary><c>credchain pdf</c>'s bad-input paths (the download itself is exercised end to end by the issuing API's tests).</summary>
public sealed class PdfCommandTests : IDisposable
{
    private const string Unreachable = "http://127.0.0.1:9";
    private const string Id = "01a2224c-484c-7580-a96a-adc884637d8d";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task NeitherOrBothOfIdAndBatch_IsAUsageError()
    {
        var neither = await CliRun.InvokeAsync("pdf", "--service", Unreachable, "--token", "t", "--out", _temp.Combine("x.pdf"));
        var both = await CliRun.InvokeAsync("pdf", Id, "--batch", Id, "--service", Unreachable, "--token", "t", "--out", _temp.Combine("x.pdf"));

        Assert.Equal((ExitCodes.UsageError, true), (neither.ExitCode, neither.Error.Contains("Name either a credential id or --batch <id>.", StringComparison.Ordinal)));
        Assert.Equal((ExitCodes.UsageError, true), (both.ExitCode, both.Error.Contains("Name either a credential id or --batch <id>.", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task UnreachableService_ExitsOneNamingIt_AndWritesNothing()
    {
        var output = _temp.Combine("class.zip");

        var run = await CliRun.InvokeAsync("pdf", "--batch", Id, "--service", Unreachable, "--token", "t", "--out", output);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.StartsWith("error: cannot reach the issuing service at http://127.0.0.1:9/", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }
}
