using System.Text.Json;
using CredChain.Cli.Infrastructure;
using CredChain.Cli.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CredChain.Cli.Tests.Commands;

/// <summary>The commands' bad-input paths that need no running system, and the offline happy paths (token, qr).</summary>
public sealed class CommandInputTests : IDisposable
{
    // Nothing listens on the discard port.
    private const string Unreachable = "http://127.0.0.1:9";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Verify_MissingFile_ExitsTwoCouldNotVerify()
    {
        var missing = _temp.Combine("missing.json");

        var run = await CliRun.InvokeAsync("verify", missing, "--portal", "http://127.0.0.1:5080");

        Assert.Equal((ExitCodes.CouldNotVerify, "", $"error: {missing} does not exist.{Environment.NewLine}"), (run.ExitCode, run.Output, run.Error));
    }

    [Fact]
    public async Task Verify_UnreachableRpc_ExitsTwoWithTheChainChecksInError()
    {
        var file = _temp.Combine("credential.json");
        await File.WriteAllTextAsync(file, await File.ReadAllTextAsync(AnchoredVector()));

        // The registry the vector names, so the only thing missing is the chain.
        var run = await CliRun.InvokeAsync("verify", file, "--rpc", Unreachable, "--registry", "0x5FbDB2315678afecb367f032d93F642f64180aa3", "--json");

        Assert.Equal(ExitCodes.CouldNotVerify, run.ExitCode);
        var verdict = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal("couldNotVerify", verdict.GetProperty("status").GetString());
        var anchored = verdict.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == "Anchored");
        Assert.Equal("Error", anchored.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Verify_UnreachablePortal_ExitsTwoNamingTheEndpoint()
    {
        var file = _temp.Combine("credential.json");
        await File.WriteAllTextAsync(file, "{}");

        var run = await CliRun.InvokeAsync("verify", file, "--portal", Unreachable);

        Assert.Equal(ExitCodes.CouldNotVerify, run.ExitCode);
        Assert.StartsWith($"error: cannot reach the portal at {Unreachable}/api/v1/verify: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_NeitherPortalNorRpc_IsAUsageError()
    {
        var run = await CliRun.InvokeAsync("verify", "x.json", "--registry", "0xe7f1725e7734ce288f8367e1bb143e90bb3f0512");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("Give either --portal <url>, or --rpc <url> with --registry <address>.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hide_MissingFileAndUnknownPath_ExitOneWithTheReason()
    {
        var missing = _temp.Combine("missing.json");
        var file = _temp.Combine("credential.json");
        await File.WriteAllTextAsync(file, await File.ReadAllTextAsync(AnchoredVector()));

        var noFile = await CliRun.InvokeAsync("hide", missing, "--path", "/credentialSubject/name");
        var noPath = await CliRun.InvokeAsync("hide", file, "--path", "/credentialSubject/doesNotExist");
        var notACredential = await CliRun.InvokeAsync("hide", WriteText("not.json", "[1,2]"), "--path", "/x");

        Assert.Equal((ExitCodes.Failure, $"error: {missing} does not exist.{Environment.NewLine}"), (noFile.ExitCode, noFile.Error));
        Assert.Equal(ExitCodes.Failure, noPath.ExitCode);
        Assert.StartsWith("error: cannot hide /credentialSubject/doesNotExist: ", noPath.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failure, notACredential.ExitCode);
        Assert.StartsWith("error: not.json is not a credential document: ", notACredential.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hide_AnchoredVector_RemovesTheValueAndKeepsTheTargetHash()
    {
        var file = _temp.Combine("credential.json");
        await File.WriteAllTextAsync(file, await File.ReadAllTextAsync(AnchoredVector()));
        var original = Core.Documents.CredentialDocument.Parse(await File.ReadAllBytesAsync(file));
        var path = original.Proof.Salts.Keys.First(k => k.StartsWith("/credentialSubject/", StringComparison.Ordinal));

        var run = await CliRun.InvokeAsync("hide", file, "--path", path);

        Assert.Equal(0, run.ExitCode);
        var reduced = Core.Documents.CredentialDocument.Parse(System.Text.Encoding.UTF8.GetBytes(run.Output));
        Assert.Equal(original.Proof.TargetHash, reduced.Proof.TargetHash);
        Assert.DoesNotContain(path, reduced.Proof.Salts.Keys);
        Assert.Equal(original.Proof.HiddenLeaves.Length + 1, reduced.Proof.HiddenLeaves.Length);
    }

    [Fact]
    public async Task Hide_EveryVector_WritesExactlyTheDocumentCoreAndTheBrowserWrite()
    {
        // tests/vectors/hidden.json is what Core hides; the browser tests hold the portal's hider to the same file.
        var sources = JsonDocument.Parse(await File.ReadAllTextAsync(RepositoryRoot.Combine("tests", "vectors", "credentials.json")))
            .RootElement.GetProperty("cases").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("document").GetRawText());
        foreach (var vector in JsonDocument.Parse(await File.ReadAllTextAsync(RepositoryRoot.Combine("tests", "vectors", "hidden.json"))).RootElement.GetProperty("cases").EnumerateArray())
        {
            var file = WriteText(vector.GetProperty("name").GetString() + ".json", sources[vector.GetProperty("source").GetString()!]);
            string[] paths = [.. vector.GetProperty("hiddenPaths").EnumerateArray().SelectMany(p => new[] { "--path", p.GetString()! })];

            var run = await CliRun.InvokeAsync(["hide", file, .. paths]);

            Assert.Equal((0, ""), (run.ExitCode, run.Error));
            var expected = Core.Documents.CredentialDocument.Parse(System.Text.Encoding.UTF8.GetBytes(vector.GetProperty("document").GetRawText()));
            var actual = Core.Documents.CredentialDocument.Parse(System.Text.Encoding.UTF8.GetBytes(run.Output));
            Assert.Equal(expected.ToJsonString(), actual.ToJsonString());
        }
    }

    [Fact]
    public async Task Token_MintedWithTheDataFolderKey_CarriesIssuerRolesAndAudience()
    {
        using (Dev.DevSigningKey.Load(_temp.Path, create: true))
        {
        }

        var run = await CliRun.InvokeAsync("token", "--issuer", "0x70997970c51812dc3a010c7d01b50e0d17dc79c8", "--role", "registrar", "--role", "auditor", "--data", _temp.Path);

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        var token = new JsonWebToken(run.Output.Trim());
        Assert.Equal(("ES256", "credchain-dev", "credchain-issuer"), (token.Alg, token.Issuer, token.Audiences.Single()));
        Assert.Equal("0x70997970C51812dc3A010C7d01b50e0d17dc79C8", token.GetClaim("credchain_issuer").Value);
        Assert.Equal(["registrar", "auditor"], token.Claims.Where(c => c.Type == "role").Select(c => c.Value));
        Assert.True(File.Exists(Path.Combine(_temp.Path, "dev-jwt.pub.pem")));
    }

    [Fact]
    public async Task Token_NoKeyInTheDataFolder_ExitsOneSayingUpCreatesIt()
    {
        var run = await CliRun.InvokeAsync("token", "--issuer", "0x70997970c51812dc3a010c7d01b50e0d17dc79c8", "--role", "registrar", "--data", _temp.Path);

        Assert.Equal(
            (ExitCodes.Failure, $"error: No dev signing key at {Path.Combine(_temp.Path, "dev-jwt.pem")}. `credchain up` creates it on its first run (with the same --data folder).{Environment.NewLine}"),
            (run.ExitCode, run.Error));
    }

    [Fact]
    public async Task Token_UnknownRole_IsAUsageError()
    {
        var run = await CliRun.InvokeAsync("token", "--issuer", "0x70997970c51812dc3a010c7d01b50e0d17dc79c8", "--role", "admin");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("'admin'", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("qr.png")]
    [InlineData("qr.svg")]
    public async Task Qr_WritesTheImageInTheFormatOfTheExtension(string name)
    {
        var output = _temp.Combine(name);

        var run = await CliRun.InvokeAsync("qr", "http://127.0.0.1:5080/v/01a2224c-484c-7580-a96a-adc884637d8d", "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches($@"^Wrote {System.Text.RegularExpressions.Regex.Escape(output)} \(\d+ modules square with the quiet zone, error correction M\)\.", run.Output);
        var bytes = await File.ReadAllBytesAsync(output);
        if (name.EndsWith(".png", StringComparison.Ordinal))
        {
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
        }
        else
        {
            Assert.Contains("<svg", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Qr_OtherExtension_IsAUsageError()
    {
        var run = await CliRun.InvokeAsync("qr", "http://127.0.0.1:5080/", "--out", _temp.Combine("qr.gif"));

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("--out must end in .png or .svg.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issue_MissingFileWrongExtensionOrUnreachableService_ExitOneWithTheReason()
    {
        var missing = _temp.Combine("class.csv");
        var excel = WriteText("class.xlsx", "not a csv");
        var csv = WriteText("ok.csv", "name\nA\n");

        var noFile = await CliRun.InvokeAsync("issue", missing, "--service", Unreachable, "--token", "t", "--out", _temp.Combine("out"));
        var wrongType = await CliRun.InvokeAsync("issue", excel, "--service", Unreachable, "--token", "t", "--out", _temp.Combine("out"));
        var noService = await CliRun.InvokeAsync("issue", csv, "--service", Unreachable, "--token", "t", "--out", _temp.Combine("out"));

        Assert.Equal((ExitCodes.Failure, $"error: {missing} does not exist.{Environment.NewLine}"), (noFile.ExitCode, noFile.Error));
        Assert.Equal(
            (ExitCodes.Failure, $"error: class.xlsx: the file must end in .csv, .ndjson or .jsonl (that decides how the service reads it).{Environment.NewLine}"),
            (wrongType.ExitCode, wrongType.Error));
        Assert.Equal(ExitCodes.Failure, noService.ExitCode);
        Assert.StartsWith($"error: cannot reach the issuing service at {Unreachable}/: ", noService.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Combine("out")));
    }

    [Fact]
    public async Task Deploy_UnreachableRpc_ExitsOneNamingTheEndpoint()
    {
        var run = await CliRun.InvokeAsync("deploy", "--rpc", Unreachable, "--key", "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.StartsWith($"error: cannot reach the JSON-RPC endpoint {Unreachable}/: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deploy_KeystoreWithWrongPassword_ExitsOneBeforeSending()
    {
        var keystore = _temp.Combine("deployer.json");
        var service = new Nethereum.KeyStore.KeyStoreScryptService();
        var key = Convert.FromHexString("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
        await File.WriteAllTextAsync(keystore, service.EncryptAndGenerateKeyStoreAsJson("right", key, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", new Nethereum.KeyStore.Model.ScryptParams { Dklen = 32, N = 1024, R = 8, P = 1 }));
        Environment.SetEnvironmentVariable("CREDCHAIN_TEST_WRONG_PASSWORD", "wrong");

        var signer = new CredChain.Cli.Chain.SignerOptions("deployer");
        var command = new System.CommandLine.Command("probe");
        signer.AddTo(command);
        var parse = command.Parse(["--keystore", keystore, "--password-env", "CREDCHAIN_TEST_WRONG_PASSWORD"]);

        var error = Assert.Throws<CliException>(() => signer.Load(parse, 1337));
        Assert.StartsWith("cannot open the deployer keystore deployer.json: wrong password or not a keystore", error.Message, StringComparison.Ordinal);
    }

    private string WriteText(string name, string text)
    {
        var path = _temp.Combine(name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>The shared golden vector of an anchored document (Core generates it; every layer reads it).</summary>
    private static string AnchoredVector() => RepositoryRoot.Combine("tests", "vectors", "documents", "anchored-0.json");
}
