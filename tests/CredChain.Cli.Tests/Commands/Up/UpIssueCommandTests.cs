using System.Net.Http.Json;
using System.Text.Json;
using CredChain.Cli.Infrastructure;
using CredChain.Cli.Tests.Support;
using static CredChain.Cli.Tests.Support.VerdictOutput;

namespace CredChain.Cli.Tests.Commands.Up;

/// <summary>`credchain issue` and `credchain token` against the running `credchain up`. One system serves every class of the collection.</summary>
[Collection(SharedRunningSystem.Name)]
public sealed class UpIssueCommandTests(RunningSystem system)
{
    // anvil dev accounts: #0 governs the up chain, #1 is its demo issuer; #2 and #3 are free to use here.
    private const string GovernorKey = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

    private string ExampleCsv => Path.Combine(system.DataDirectory, "example-class.csv");

    private string Issuer => system.Info.IssuerUrl.ToString();

    private string Portal => system.Info.PortalUrl.ToString();

    private string Rpc => system.Info.RpcUrl.ToString();

    [Fact]
    public async Task Issue_ExampleClass_DownloadsAnchoredDocumentsThatVerifyThroughPortalAndRpc()
    {
        var output = system.Combine("issued");

        var run = await CliRun.InvokeAsync("issue", ExampleCsv, "--service", Issuer, "--token", system.Info.Token, "--out", output, "--json");

        Assert.Equal(0, run.ExitCode);
        var summary = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(3, summary.GetProperty("credentialCount").GetInt32());
        Assert.Equal(3, summary.GetProperty("filesWritten").GetInt32());
        Assert.Equal(system.Info.Issuer.ToLowerInvariant(), summary.GetProperty("issuer").GetString());
        var files = Directory.GetFiles(output, "*.json").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(3, files.Count);
        var names = files.Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("credentialSubject").GetProperty("name").GetProperty("en").GetString()).Order().ToList();
        Assert.Equal(["Li Na", "Wang Fang", "Zhang Wei"], names);

        var viaPortal = await CliRun.InvokeAsync("verify", files[0], "--portal", Portal, "--json");
        var viaRpc = await CliRun.InvokeAsync("verify", files[0], "--rpc", Rpc, "--registry", system.Info.CredentialRegistry, "--json");

        Assert.Equal((0, "valid"), (viaPortal.ExitCode, Status(viaPortal)));
        Assert.Equal((0, "valid"), (viaRpc.ExitCode, Status(viaRpc)));
        Assert.Equal(Checks(viaPortal), Checks(viaRpc));
        Assert.Equal(
            ["WellFormed Valid", "Integrity Valid", "MerklePath Valid", "Anchored Valid", "IssuerIdentity Valid", "NotRevoked Valid", "IssuerAccredited Valid", "ValidityWindow Valid"],
            Checks(viaRpc));
    }

    [Fact]
    public async Task Issue_WhileTheDemoIssuerIsSuspended_StopsAtTheFailedBatchNamingTheCause_AndAnchorsAfterReinstatementAndRetry()
    {
        string[] target = ["--rpc", Rpc, "--contracts", system.ContractsFile, "--key", GovernorKey, "--issuer", system.Info.Issuer];
        Assert.Equal(0, (await CliRun.InvokeAsync(["suspend", .. target])).ExitCode);
        CliRun run;
        try
        {
            run = await CliRun.InvokeAsync("issue", ExampleCsv, "--service", Issuer, "--token", system.Info.Token, "--out", system.Combine("suspended-out"), "--timeout", "00:01:00");
        }
        finally
        {
            Assert.Equal(0, (await CliRun.InvokeAsync(["reinstate", .. target])).ExitCode);
        }

        // The command does not wait out its timeout: the batch failed for a reason an operator must fix first.
        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("failed: issuer_not_accredited (CredentialRegistryIssuerNotAccredited)", run.Error, StringComparison.Ordinal);
        var batchId = System.Text.RegularExpressions.Regex.Match(run.Error, "batch ([0-9a-f-]{36}) failed").Groups[1].Value;

        using var http = new HttpClient { BaseAddress = system.Info.IssuerUrl };
        http.DefaultRequestHeaders.Authorization = new("Bearer", system.Info.Token);
        Assert.True((await http.PostAsync($"/api/v1/batches/{batchId}/retry", null)).IsSuccessStatusCode);
        for (var i = 0; i < 200; i++)
        {
            var state = (await http.GetFromJsonAsync<JsonElement>($"/api/v1/batches/{batchId}")).GetProperty("state").GetString();
            if (state == "anchored")
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"batch {batchId} was not anchored after the retry.");
    }

    [Fact]
    public async Task Issue_BadCsv_PrintsRowNumberedErrorsAndStoresNothing()
    {
        var csv = system.Combine("bad.csv");
        await File.WriteAllTextAsync(csv, "name,graduationYear:number,validFrom\nA,2026,2026-06-30T00:00:00Z\nB,twenty,2026-06-30T00:00:00Z\nC,2026,not-a-date\n");

        var run = await CliRun.InvokeAsync("issue", csv, "--service", Issuer, "--token", system.Info.Token, "--out", system.Combine("bad-out"));

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("error: bad.csv was rejected, nothing was issued: 400 上传被拒绝 / Upload rejected [import_rejected]: 2 problem(s); nothing was stored.", run.Error, StringComparison.Ordinal);
        Assert.Matches(@"│ 3\s+│ graduationYear:number\s+│ invalid_field", run.Error);
        Assert.Matches(@"│ 4\s+│ validFrom", run.Error);
        Assert.False(Directory.Exists(system.Combine("bad-out")));
    }

    [Fact]
    public async Task Issue_TokenSignedWithAnotherKey_ExitsOneWithTheServicesAnswer()
    {
        using var other = new TempDirectory();
        using var key = Dev.DevSigningKey.Load(other.Path, create: true);
        var forged = Dev.DevTokens.Mint(key, system.Info.Issuer, ["registrar"], TimeSpan.FromMinutes(5), TimeProvider.System);

        var run = await CliRun.InvokeAsync("issue", ExampleCsv, "--service", Issuer, "--token", forged, "--out", system.Combine("forged"));

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.StartsWith("error: example-class.csv was rejected, nothing was issued: 401 ", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(system.Combine("forged")));
    }

    [Fact]
    public async Task Token_FromTheDataFolder_IsAcceptedByTheIssuingService()
    {
        var run = await CliRun.InvokeAsync("token", "--issuer", system.Info.Issuer, "--role", "registrar", "--data", system.DataDirectory, "--lifetime", "00:05:00");
        Assert.Equal((0, ""), (run.ExitCode, run.Error));

        using var issuer = IssuerApi.Client(system.Info.IssuerUrl, run.Output.Trim());
        var document = await IssuerApi.IssueAndWaitAsync(issuer, """{"name":"Token Test"}""");

        Assert.Contains("\"name\":\"Token Test\"", document, StringComparison.Ordinal);
    }
}
