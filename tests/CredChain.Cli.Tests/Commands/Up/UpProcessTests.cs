using CredChain.Cli.Infrastructure;
using CredChain.Cli.Tests.Support;

namespace CredChain.Cli.Tests.Commands.Up;

/// <summary>The real `credchain up` process: start, issue with the printed token, verify on the printed portal, stop, start again.</summary>
public sealed class UpProcessTests : IDisposable
{
    private const int SigInt = 2;
    private const int SigTerm = 15;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Up_IssueVerifyStopAndResume_CredentialStillVerifiesValid()
    {
        var data = _temp.Combine("data");
        string document;
        UpProcess.UpInfo first;
        await using (var up = await UpProcess.StartAsync(data))
        {
            first = up.Info;
            using var issuer = IssuerApi.Client(first.IssuerUrl, first.Token);
            using var portal = IssuerApi.Client(first.PortalUrl);
            document = await IssuerApi.IssueAndWaitAsync(issuer, """{"name":{"zh":"张三","en":"Zhang San"},"degree":"Bachelor of Engineering"}""");
            Assert.Equal("valid", await IssuerApi.PortalStatusAsync(portal, document));
            Assert.Contains("Deploying the registry contracts", up.Error, StringComparison.Ordinal);

            var (exitCode, rest) = await up.StopAsync(SigInt);
            Assert.Equal((0, ""), (exitCode, rest));
            Assert.Contains("Stopping the dev chain (writing its state)...", up.Error, StringComparison.Ordinal);
        }

        await AssertNothingListensAsync(first.RpcUrl);
        Assert.True(File.Exists(Path.Combine(data, "chain", "anvil-state.json")));

        await using (var again = await UpProcess.StartAsync(data))
        {
            using var portal = IssuerApi.Client(again.Info.PortalUrl);
            Assert.Equal("valid", await IssuerApi.PortalStatusAsync(portal, document));
            Assert.Equal((first.IssuerRegistry, first.CredentialRegistry), (again.Info.IssuerRegistry, again.Info.CredentialRegistry));
            Assert.Contains("Resuming: registries found at", again.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("Deploying", again.Error, StringComparison.Ordinal);

            var (exitCode, _) = await again.StopAsync(SigTerm);
            Assert.Equal(0, exitCode);
            await AssertNothingListensAsync(again.Info.RpcUrl);
        }
    }

    [Fact]
    public async Task Up_DataFolderRecordsContractsTheChainLost_RefusesWithHowToStartOver()
    {
        var data = _temp.Combine("lost");
        Directory.CreateDirectory(data);
        await File.WriteAllTextAsync(
            Path.Combine(data, "contracts.json"),
            """{"chainId":1337,"issuerRegistry":"0x5fbdb2315678afecb367f032d93f642f64180aa3","credentialRegistry":"0xe7f1725e7734ce288f8367e1bb143e90bb3f0512","deploymentBlock":1}""");

        var run = await CliRun.InvokeAsync("up", "--data", data, "--issuer-port", "0", "--portal-port", "0", "--rpc-port", "0");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains(
            $"error: {Path.Combine(data, "contracts.json")} records a contract at 0x5fbdb2315678afecb367f032d93f642f64180aa3, but the dev chain has no code there",
            run.Error,
            StringComparison.Ordinal);
        Assert.Contains($"Delete {data} to start over", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Up_PortTaken_ExitsOneNamingThePortAndTheOption()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var run = await CliRun.InvokeAsync("up", "--data", _temp.Combine("taken"), "--issuer-port", "0", "--portal-port", port, "--rpc-port", "0");

        Assert.Equal(
            (ExitCodes.Failure, $"error: port {port} on 127.0.0.1 is taken, so the portal cannot listen there. Stop whatever uses it, or pick another port with --portal-port <port> (0 picks a free one).{Environment.NewLine}"),
            (run.ExitCode, run.Error));
        Assert.False(Directory.Exists(_temp.Combine("taken")));
    }

    private static async Task AssertNothingListensAsync(Uri url)
    {
        using var client = new System.Net.Sockets.TcpClient();
        await Assert.ThrowsAnyAsync<System.Net.Sockets.SocketException>(() => client.ConnectAsync(url.Host, url.Port));
    }
}
