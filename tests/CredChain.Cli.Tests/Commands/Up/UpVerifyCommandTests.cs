using System.Net.Http.Json;
using System.Text.Json;
using CredChain.Cli.Infrastructure;
using CredChain.Cli.Tests.Support;
using CredChain.Testing.Polling;
using static CredChain.Cli.Tests.Support.VerdictOutput;

namespace CredChain.Cli.Tests.Commands.Up;

/// <summary>`credchain verify` and `credchain hide` against the running `credchain up`. One system serves every class of the collection.</summary>
[Collection(SharedRunningSystem.Name)]
public sealed class UpVerifyCommandTests(RunningSystem system)
{
    private string Portal => system.Info.PortalUrl.ToString();

    private string Rpc => system.Info.RpcUrl.ToString();

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
}
