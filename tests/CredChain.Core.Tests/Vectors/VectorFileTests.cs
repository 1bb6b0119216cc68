using System.Runtime.CompilerServices;

namespace CredChain.Core.Tests.Vectors;

/// <summary>
/// The committed vector files must be exactly what the code generates. Set CREDCHAIN_REGENERATE_VECTORS=1 to rewrite
/// them (then review the diff: any change to hashing shows up there and breaks every other layer that reads them).
/// </summary>
public sealed class VectorFileTests
{
    [Fact]
    public void VectorFiles_MatchWhatTheCodeGenerates()
    {
        var directory = SourceVectorDirectory();
        var generated = VectorGenerator.All();
        if (Environment.GetEnvironmentVariable("CREDCHAIN_REGENERATE_VECTORS") == "1")
        {
            foreach (var (name, text) in generated)
            {
                var path = Path.Combine(directory, name);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text);
            }
        }

        foreach (var (name, text) in generated)
        {
            var path = Path.Combine(directory, name);
            Assert.True(File.Exists(path), $"{name} is missing; run the tests once with CREDCHAIN_REGENERATE_VECTORS=1.");
            Assert.Equal(text, File.ReadAllText(path));
        }
    }

    private static string SourceVectorDirectory([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "vectors"));
}
