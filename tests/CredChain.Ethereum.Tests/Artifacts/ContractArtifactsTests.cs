using CredChain.Ethereum.Artifacts;
using CredChain.Ethereum.Tests.Support;

namespace CredChain.Ethereum.Tests.Artifacts;

public sealed class ContractArtifactsTests
{
    private static readonly string _committed = Path.Combine(RepositoryRoot.Path, "contracts", "compiled");

    [Fact]
    public async Task CompileScript_FromTheCommittedSources_ReproducesTheCommittedArtifactsByteForByte()
    {
        using var output = new TemporaryDirectory();

        var (exitCode, log) = await NodeScript.RunAsync("compile.mjs", "--out", output.Path);

        Assert.True(exitCode == 0, $"compile.mjs failed (is `npm ci --prefix contracts` done?):{Environment.NewLine}{log}");
        Assert.Equal(FileNames(_committed), FileNames(output.Path));
        foreach (var name in FileNames(_committed))
        {
            var committed = await File.ReadAllBytesAsync(Path.Combine(_committed, name));
            var compiled = await File.ReadAllBytesAsync(Path.Combine(output.Path, name));
            Assert.True(
                committed.SequenceEqual(compiled),
                $"contracts/compiled/{name} is stale: run `npm run compile --prefix contracts` and commit the result.");
        }
    }

    [Theory]
    [InlineData("IssuerRegistry")]
    [InlineData("CredentialRegistry")]
    [InlineData("CheckpointRegistry")]
    public async Task EmbeddedArtifact_IsTheCommittedFile(string contractName)
    {
        var committed = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_committed, $"{contractName}.json"))).RootElement;

        var embedded = ContractArtifacts.Load(contractName);

        Assert.Equal(
            new ContractArtifact(
                committed.GetProperty("contractName").GetString()!,
                committed.GetProperty("abi").GetRawText(),
                committed.GetProperty("bytecode").GetString()!,
                committed.GetProperty("deployedBytecode").GetString()!),
            embedded);
    }

    private static string[] FileNames(string directory) =>
        Directory.GetFiles(directory).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();
}
