using System.Net.Http.Json;
using System.Text.Json;
using CredChain.Cli.Infrastructure;
using CredChain.Cli.Tests.Support;
using CredChain.Testing.Polling;

namespace CredChain.Cli.Tests.Commands.Up;

/// <summary>issue, verify, hide, token, deploy, accredit, suspend, reinstate, rotate and declare-compromised against one running `credchain up`.</summary>
public sealed class EmbeddedSystemCommandTests(RunningSystem system) : IClassFixture<RunningSystem>
{
    // anvil dev accounts: #0 governs the up chain, #1 is its demo issuer; #2 and #3 are free to use here.
    private const string GovernorKey = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    private const string Account2 = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
    private const string Account3Key = "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6";

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
        Assert.Contains("error: bad.csv was rejected, nothing was issued: 400 Upload rejected [import_rejected]: 2 problem(s); nothing was stored.", run.Error, StringComparison.Ordinal);
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

    [Fact]
    public async Task HideThenRevoke_HiddenCopyVerifiesUntilTheCredentialIsRevoked()
    {
        using var issuer = IssuerApi.Client(system.Info.IssuerUrl, system.Info.Token);
        var document = await IssuerApi.IssueAndWaitAsync(issuer, """{"name":"Hide Me","studentNumber":"2026999"}""");
        var original = system.Combine($"hide-{Guid.NewGuid():N}.json");
        var reduced = original + ".hidden.json";
        await File.WriteAllTextAsync(original, document);

        var hide = await CliRun.InvokeAsync("hide", original, "--path", "/credentialSubject/studentNumber", "--out", reduced);
        var hiddenVerdict = await CliRun.InvokeAsync("verify", reduced, "--portal", Portal, "--json");

        Assert.Equal(0, hide.ExitCode);
        Assert.DoesNotContain("2026999", await File.ReadAllTextAsync(reduced), StringComparison.Ordinal);
        Assert.Equal((0, "valid"), (hiddenVerdict.ExitCode, Status(hiddenVerdict)));

        var id = JsonDocument.Parse(document).RootElement.GetProperty("id").GetString()!["urn:uuid:".Length..];
        var revoke = await issuer.PostAsJsonAsync($"/api/v1/credentials/{id}/revoke", new { reason = 3 });
        Assert.Equal(System.Net.HttpStatusCode.Accepted, revoke.StatusCode);
        var revoked = await Eventually.GetAsync(
            () => CliRun.InvokeAsync("verify", reduced, "--rpc", Rpc, "--registry", system.Info.CredentialRegistry, "--json"),
            r => Status(r) != "valid",
            "the revocation to reach the chain");

        Assert.Equal((ExitCodes.NotValid, "revoked"), (revoked.ExitCode, Status(revoked)));
        Assert.Contains("NotRevoked Invalid", Checks(revoked));
    }

    [Fact]
    public async Task Verify_TamperedDocument_ExitsOneWithIntegrityInvalid()
    {
        using var issuer = IssuerApi.Client(system.Info.IssuerUrl, system.Info.Token);
        var document = await IssuerApi.IssueAndWaitAsync(issuer, """{"name":"Honest Name"}""");
        var tampered = system.Combine($"tampered-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(tampered, document.Replace("Honest Name", "Forged Name", StringComparison.Ordinal));

        var run = await CliRun.InvokeAsync("verify", tampered, "--portal", Portal);

        Assert.Equal(ExitCodes.NotValid, run.ExitCode);
        Assert.Contains($"TAMPERED  {Path.GetFileName(tampered)}  (verified by {Portal.TrimEnd('/')})", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"│ Integrity\s+│ Invalid\s+│ targetHashMismatch", run.Output);
    }

    [Fact]
    public async Task Deploy_OnTheRunningChain_PrintsAddressesAndWritesTheRecord()
    {
        var record = system.Combine("deployed.json");
        var envFile = system.Combine("deployed.env");

        var run = await CliRun.InvokeAsync("deploy", "--rpc", Rpc, "--key", Account3Key, "--chain-id", "1337", "--out", record, "--env-out", envFile, "--json");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        var printed = JsonDocument.Parse(run.Output).RootElement;
        var written = JsonDocument.Parse(await File.ReadAllTextAsync(record)).RootElement;
        Assert.Equal(printed.GetProperty("credentialRegistry").GetString(), written.GetProperty("credentialRegistry").GetString());
        Assert.Equal(1337, written.GetProperty("chainId").GetInt64());
        Assert.Equal("0x90F79bf6EB2c4f870365E785982E1f101E93b906", printed.GetProperty("governor").GetString());
        Assert.Contains($"CREDCHAIN_CREDENTIAL_REGISTRY={printed.GetProperty("credentialRegistry").GetString()}", await File.ReadAllTextAsync(envFile), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChainConnection_ToTheDevChain_KnowsItIsAnvil()
    {
        var connection = await CredChain.Cli.Chain.ChainConnection.OpenAsync(new Uri(Rpc), 1337, CancellationToken.None);

        Assert.Equal((true, "anvil/"), (connection.IsDevNode, connection.ClientVersion[..6]));
    }

    [Fact]
    public async Task Deploy_ChainIdMismatch_RefusesBeforeSending()
    {
        var run = await CliRun.InvokeAsync("deploy", "--rpc", Rpc, "--key", Account3Key, "--chain-id", "20250");

        Assert.Equal(
            (ExitCodes.Failure, "", $"error: chain id mismatch: {Rpc} runs chain 1337, but --chain-id says 20250. Nothing was sent. Check that the RPC URL points at the intended network.{Environment.NewLine}"),
            (run.ExitCode, run.Output, run.Error));
    }

    [Fact]
    public async Task AccreditSuspendReinstate_WithTheGovernorKey_ChangeTheIssuersRecord()
    {
        string[] target = ["--rpc", Rpc, "--contracts", system.ContractsFile, "--key", GovernorKey, "--issuer", Account2];

        var accredit = await CliRun.InvokeAsync(["accredit", .. target, "--name-zh", "示范学院", "--name-en", "Demo College", "--domain", "college.example", "--valid-from", "2020-01-01"]);
        var suspend = await CliRun.InvokeAsync(["suspend", .. target]);
        var suspendAgain = await CliRun.InvokeAsync(["suspend", .. target]);
        var reinstate = await CliRun.InvokeAsync(["reinstate", .. target]);

        Assert.Equal(0, accredit.ExitCode);
        Assert.StartsWith($"Accredited {Account2} as 示范学院 / Demo College (college.example) from 2020-01-01 00:00:00 UTC with no end; block ", accredit.Output, StringComparison.Ordinal);
        Assert.Equal(0, suspend.ExitCode);
        Assert.StartsWith($"Suspended {Account2}; block ", suspend.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failure, suspendAgain.ExitCode);
        Assert.StartsWith("error: the contract refused the transaction: IssuerRegistryAlreadySuspended", suspendAgain.Error, StringComparison.Ordinal);
        Assert.Equal(0, reinstate.ExitCode);
        Assert.StartsWith($"Reinstated {Account2}; block ", reinstate.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RotateThenDeclareCompromised_WithTheGovernorKey_MoveTheInstitutionAndStopTheOldKeyForGood()
    {
        // anvil dev accounts #4 and #5: only their addresses are needed here.
        const string Old = "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65";
        const string New = "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc";
        string[] governor = ["--rpc", Rpc, "--contracts", system.ContractsFile, "--key", GovernorKey];
        var accredit = await CliRun.InvokeAsync([
            "accredit", .. governor, "--issuer", Old, "--name-zh", "轮换学院", "--name-en", "Rotation College", "--domain", "rotation.example", "--valid-from", "2020-01-01"]);

        var rotate = await CliRun.InvokeAsync(["rotate", .. governor, "--issuer", Old, "--successor", New, "--valid-from", "2020-01-01"]);
        var declare = await CliRun.InvokeAsync(["declare-compromised", .. governor, "--issuer", Old, "--since", "2020-06-01T08:00:00+08:00"]);
        var later = await CliRun.InvokeAsync(["declare-compromised", .. governor, "--issuer", Old, "--since", "2021-01-01"]);
        var future = await CliRun.InvokeAsync(["declare-compromised", .. governor, "--issuer", New, "--since", "2999-01-01"]);
        var rotateAgain = await CliRun.InvokeAsync(["rotate", .. governor, "--issuer", Old, "--successor", New]);

        Assert.Equal(0, accredit.ExitCode);
        Assert.Equal(0, rotate.ExitCode);
        Assert.Matches(
            $"^Rotated institution [0-9]+ \\(轮换学院 / Rotation College\\) from {Old} to {New}, accredited from 2020-01-01 00:00:00 UTC with no end; {Old} can no longer anchor\\. Block [0-9]+, transaction 0x[0-9a-f]{{64}}\\.",
            rotate.Output);
        Assert.Equal(0, declare.ExitCode);
        Assert.StartsWith(
            $"Declared the key of {Old} compromised as of 2020-06-01 00:00:00 UTC: roots it anchored from then on are void, its revocations from then on have no effect, and it can no longer anchor or revoke. Block ",
            declare.Output,
            StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failure, later.ExitCode);
        Assert.StartsWith("error: the contract refused the transaction: IssuerRegistryAlreadyCompromised", later.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failure, future.ExitCode);
        Assert.StartsWith("error: the contract refused the transaction: IssuerRegistryInvalidCompromiseTime", future.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failure, rotateAgain.ExitCode);
        Assert.StartsWith("error: the contract refused the transaction: IssuerRegistryAlreadyAccredited", rotateAgain.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accredit_WithAKeyThatIsNotGovernor_RefusesWithTheReason()
    {
        var run = await CliRun.InvokeAsync(
            "accredit", "--rpc", Rpc, "--contracts", system.ContractsFile, "--key", Account3Key, "--issuer", Account2,
            "--name-zh", "x", "--name-en", "x", "--domain", "x");

        Assert.Equal(
            (ExitCodes.Failure, $"error: 0x90F79bf6EB2c4f870365E785982E1f101E93b906 is not a governor of the issuer registry {system.Info.IssuerRegistry}: use the governor's key (the deployer's, unless deploy --governor named another).{Environment.NewLine}"),
            (run.ExitCode, run.Error));
    }

    [Fact]
    public async Task Verify_TheOpenAttestationDemo_IsValidThroughPortalAndRpc_AnotherStoreIsAnUnknownIssuer()
    {
        var demo = Path.Combine(system.DataDirectory, "openattestation-demo.json");
        var unknown = RepositoryRoot.Combine("tests", "vectors", "openattestation", "documents", "unknown-store.json");
        string[] rpc = ["--rpc", Rpc, "--document-store", "0x700b6A60ce7EaaEA56F065753d8dcB9653dbAD35", "--json"];

        var viaPortal = await CliRun.InvokeAsync("verify", demo, "--portal", Portal, "--json");
        var viaRpc = await CliRun.InvokeAsync(["verify", demo, .. rpc]);
        var unknownViaRpc = await CliRun.InvokeAsync(["verify", unknown, .. rpc]);
        var noStore = await CliRun.InvokeAsync("verify", demo, "--rpc", Rpc, "--registry", system.Info.CredentialRegistry);

        string[] valid = ["WellFormed Valid", "Integrity Valid", "MerklePath Valid", "Anchored Valid", "IssuerIdentity Valid", "NotRevoked Valid"];
        Assert.Equal((0, "valid"), (viaPortal.ExitCode, Status(viaPortal)));
        Assert.Equal((0, "valid"), (viaRpc.ExitCode, Status(viaRpc)));
        Assert.Equal(valid, Checks(viaPortal));
        Assert.Equal(valid, Checks(viaRpc));
        Assert.Equal("openattestation-v2", JsonDocument.Parse(viaRpc.Output).RootElement.GetProperty("format").GetString());
        Assert.Equal((ExitCodes.NotValid, "unknownIssuer"), (unknownViaRpc.ExitCode, Status(unknownViaRpc)));
        Assert.Equal(ExitCodes.CouldNotVerify, noStore.ExitCode);
        Assert.Contains("--document-store", noStore.Error, StringComparison.Ordinal);
    }

    private static string Status(CliRun run) => JsonDocument.Parse(run.Output).RootElement.GetProperty("status").GetString()!;

    private static List<string> Checks(CliRun run) =>
        [.. JsonDocument.Parse(run.Output).RootElement.GetProperty("checks").EnumerateArray().Select(c => $"{c.GetProperty("kind").GetString()} {c.GetProperty("status").GetString()}")];
}
