using System.Runtime.InteropServices;

namespace CredChain.Ethereum.Dev;

/// <summary>Sends SIGTERM, so anvil shuts down gracefully and writes its state file (Process.Kill sends SIGKILL).</summary>
internal static class PosixSignals
{
    private const int SigTerm = 15;

    public static bool TryTerminate(int processId) =>
        !OperatingSystem.IsWindows() && Kill(processId, SigTerm) == 0;

    // DllImport rather than LibraryImport: the signature is blittable, and LibraryImport would need unsafe code.
    [DllImport("libc", EntryPoint = "kill")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Kill(int pid, int signal);
}
