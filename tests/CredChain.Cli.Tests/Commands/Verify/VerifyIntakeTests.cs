using CredChain.Cli.Infrastructure;
using CredChain.Cli.Tests.Support;

namespace CredChain.Cli.Tests.Commands.Verify;

/// <summary>
/// <c>verify --rpc</c> refuses what a portal answers with a 400 (Core's DocumentIntake decides for both), before it
/// asks any node: exit 1, as for the portal's refusal, with the portal's detail.
/// </summary>
public sealed class VerifyIntakeTests : IDisposable
{
    // Nothing listens on the discard port: a refusal must not need the chain.
    private const string Unreachable = "http://127.0.0.1:9";

    private const string Registry = "0x5FbDB2315678afecb367f032d93F642f64180aa3";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, string> Refused => new()
    {
        { "not json", "Malformed JSON near line 1, byte 2." },
        { "{\"name\": \"张三\", \"degree\": \"BSc\"}", "The body must be a JSON object with the members of a W3C verifiable credential." },
        { "{\"credentialSubject\": " + new string('[', 40) + new string(']', 40) + "}", "A credential is nested at most 16 levels deep." },
        { "{\"type\": [\"VerifiableCredential\"], \"type\": [\"VerifiableCredential\"]}", "A JSON object repeats a member name; a credential never does." },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Verify_WithRpc_InputAPortalRefuses_ExitsOneWithThePortalsDetail(string content, string detail)
    {
        var file = _temp.Combine("input.json");
        await File.WriteAllTextAsync(file, content);

        var run = await CliRun.InvokeAsync("verify", file, "--rpc", Unreachable, "--registry", Registry, "--json");

        Assert.Equal((ExitCodes.NotValid, "", $"error: the document is malformed: {detail}{Environment.NewLine}"), (run.ExitCode, run.Output, run.Error));
    }
}
