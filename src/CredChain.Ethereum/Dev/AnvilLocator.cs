using System.Runtime.InteropServices;

namespace CredChain.Ethereum.Dev;

/// <summary>Finds the anvil binary that the repository's <c>npm ci --prefix contracts</c> installed.</summary>
internal static class AnvilLocator
{
    public const string InstallCommand = "npm ci --prefix contracts";

    public static string Locate(string? explicitPath, string? environmentPath, string searchFrom)
    {
        if (!string.IsNullOrEmpty(explicitPath))
        {
            return File.Exists(explicitPath) ? explicitPath : throw NotFound($"the configured anvil '{explicitPath}' does not exist");
        }

        if (!string.IsNullOrEmpty(environmentPath))
        {
            return File.Exists(environmentPath)
                ? environmentPath
                : throw NotFound($"{DevNodeOptions.AnvilPathVariable} names '{environmentPath}', which does not exist");
        }

        var relative = Path.Combine("contracts", "node_modules", "@foundry-rs", PlatformPackage(), "bin", BinaryName());
        for (var directory = new DirectoryInfo(searchFrom); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw NotFound($"no {relative} above {searchFrom}");
    }

    private static DevNodeException NotFound(string detail) => new(
        $"The dev node (anvil) is not installed: {detail}. Install it from the repository root with `{InstallCommand}` " +
        $"(or set {DevNodeOptions.AnvilPathVariable} to an anvil binary).");

    private static string PlatformPackage()
    {
        var os = OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux";
        var arch = RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "arm64" : "amd64";
        return $"anvil-{os}-{arch}";
    }

    private static string BinaryName() => OperatingSystem.IsWindows() ? "anvil.exe" : "anvil";
}
