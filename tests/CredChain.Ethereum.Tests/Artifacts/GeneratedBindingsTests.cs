using CredChain.Ethereum.Tests.Support;

namespace CredChain.Ethereum.Tests.Artifacts;

/// <summary>The contract bindings in <c>src/CredChain.Ethereum/Generated/</c> are what Nethereum's generator makes of
/// the committed ABIs today: a changed contract without regenerated bindings fails here.</summary>
public sealed class GeneratedBindingsTests
{
    private static readonly string _committed = Path.Combine(RepositoryRoot.Path, "src", "CredChain.Ethereum", "Generated");

    [Fact]
    public async Task CodegenScript_FromTheCommittedAbis_ReproducesTheCommittedBindingsByteForByte()
    {
        using var output = new TemporaryDirectory();
        var target = Path.Combine(output.Path, "Generated");

        var (exitCode, log) = await NodeScript.RunAsync("codegen.mjs", "--out", target);

        Assert.True(exitCode == 0, $"codegen.mjs failed (is `npm ci --prefix contracts` done?):{Environment.NewLine}{log}");
        Assert.Equal(FileNames(_committed), FileNames(target));
        foreach (var name in FileNames(_committed))
        {
            var committed = await File.ReadAllBytesAsync(Path.Combine(_committed, name));
            var generated = await File.ReadAllBytesAsync(Path.Combine(target, name));
            Assert.True(
                committed.SequenceEqual(generated),
                $"src/CredChain.Ethereum/Generated/{name} is stale: run `npm run codegen --prefix contracts` and commit the result.");
        }
    }

    private static string[] FileNames(string directory) =>
        Directory.GetFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
}
