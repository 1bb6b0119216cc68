using System.Text.Json;

namespace CredChain.Verifier.Tests.Pages;

/// <summary>
/// The portal serves third-party browser code from <c>wwwroot/lib</c>. Its versions are pinned in the portal's
/// <c>package.json</c> and <c>package-lock.json</c> (installed by <c>scripts/ensure-toolchain.sh</c>); each served copy must
/// be byte for byte the file of the locked package, so it cannot drift or be edited unnoticed.
/// </summary>
public sealed class BrowserLibraryTests
{
    public static TheoryData<string, string, string> Libraries => new()
    {
        // package, its file, the copy served from wwwroot
        { "js-sha3", "src/sha3.js", "lib/js-sha3/sha3.js" },
        { "qrcode-generator", "dist/qrcode.js", "lib/qrcode-generator/qrcode.js" },
        { "jsqr", "dist/jsQR.js", "lib/jsqr/jsQR.js" },
    };

    private static string Portal()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CredChain.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("The tests run inside the repository."), "src", "CredChain.Verifier");
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void ServedCopy_IsTheLockedPackagesFile(string package, string file, string served)
    {
        var portal = Portal();
        using var lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(portal, "package-lock.json")));
        var locked = lockFile.RootElement.GetProperty("packages").GetProperty("node_modules/" + package).GetProperty("version").GetString();
        var installed = Path.Combine(portal, "node_modules", package);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(installed, "package.json")));

        Assert.Equal(locked, manifest.RootElement.GetProperty("version").GetString());
        Assert.True(
            File.ReadAllBytes(Path.Combine(installed, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(portal, "wwwroot", served))),
            $"wwwroot/{served} is not {package}@{locked}'s {file}: copy it from src/CredChain.Verifier/node_modules/{package}/{file} after `bash scripts/ensure-toolchain.sh`.");
    }

    [Fact]
    public void EveryScriptUnderWwwrootLib_IsPinned()
    {
        var lib = Path.Combine(Portal(), "wwwroot", "lib");
        var served = Directory.EnumerateFiles(lib, "*.js", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(Portal(), "wwwroot"), f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

        Assert.Equal(((IEnumerable<object[]>)Libraries).Select(row => (string)row[2]).Order(StringComparer.Ordinal), served);
    }
}
