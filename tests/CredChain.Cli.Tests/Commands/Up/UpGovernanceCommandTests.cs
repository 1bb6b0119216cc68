using System.Text.Json;
using CredChain.Cli.Infrastructure;
using CredChain.Cli.Tests.Support;

namespace CredChain.Cli.Tests.Commands.Up;

/// <summary>`credchain deploy` and the governance commands (accredit, suspend, reinstate, rotate, declare-compromised) against the running `credchain up`. One system serves every class of the collection.</summary>
[Collection(SharedRunningSystem.Name)]
public sealed class UpGovernanceCommandTests(RunningSystem system)
{
    // anvil dev accounts: #0 governs the up chain, #1 is its demo issuer; #2 and #3 are free to use here.
    private const string GovernorKey = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    private const string Account2 = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
    private const string Account3Key = "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6";

    private string Rpc => system.Info.RpcUrl.ToString();

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
}
