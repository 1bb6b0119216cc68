using System.Diagnostics;
using System.Globalization;

namespace CredChain.Ethereum.Dev;

/// <summary>
/// The directory one anvil process writes its evicted historical states to (<c>--cache-path</c>). Without it anvil
/// writes them under <c>~/.foundry/anvil/tmp</c> and removes them on no exit path we use (SIGTERM and SIGINT both leave
/// them): a day of tests and benches left 68 GB there. Each node gets its own directory under the system temp folder,
/// deleted when the node stops; directories whose owner and anvil have both gone (a host that was killed) are swept
/// when the next node starts.
/// </summary>
internal sealed class StateCacheDirectory : IDisposable
{
    private const string RootName = "credchain-anvil-states";
    private const string AnvilPidFile = "anvil.pid";

    private StateCacheDirectory(string path) => Path = path;

    /// <summary>The directory to pass to anvil's <c>--cache-path</c>.</summary>
    public string Path { get; }

    /// <summary>Sweeps abandoned directories, then creates a fresh one owned by this process.</summary>
    public static StateCacheDirectory Create() => Create(System.IO.Path.Combine(System.IO.Path.GetTempPath(), RootName));

    internal static StateCacheDirectory Create(string root)
    {
        Directory.CreateDirectory(root);
        SweepAbandoned(root);
        var path = System.IO.Path.Combine(root, $"{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return new StateCacheDirectory(path);
    }

    /// <summary>Records which anvil uses the directory, so a sweep leaves it alone while that anvil still runs.</summary>
    public void RecordAnvil(int processId) =>
        File.WriteAllText(System.IO.Path.Combine(Path, AnvilPidFile), processId.ToString(CultureInfo.InvariantCulture));

    /// <inheritdoc />
    public void Dispose() => TryDelete(Path);

    internal static void SweepAbandoned(string root)
    {
        foreach (var directory in Directory.EnumerateDirectories(root))
        {
            var name = System.IO.Path.GetFileName(directory);
            var dash = name.IndexOf('-', StringComparison.Ordinal);
            if (dash <= 0 || !int.TryParse(name.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var owner))
            {
                continue;
            }

            if (owner == Environment.ProcessId || IsRunning(owner) || IsRunning(ReadAnvilPid(directory)))
            {
                continue;
            }

            TryDelete(directory);
        }
    }

    private static int? ReadAnvilPid(string directory)
    {
        try
        {
            var text = File.ReadAllText(System.IO.Path.Combine(directory, AnvilPidFile));
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool IsRunning(int? processId)
    {
        if (processId is not { } id)
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(id);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
        catch (IOException)
        {
            // Another process is sweeping the same directory, or a file is held open; the next sweep retries.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
