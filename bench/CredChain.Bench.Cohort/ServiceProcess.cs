using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CredChain.Bench.Cohort;

/// <summary>The issuing service as a child process, so its own peak memory can be read from /proc.</summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServiceProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The runtime settings (<c>ENV DOTNET_…</c>) the issuing service's image sets, so the service runs here as it is deployed.</summary>
    public static IEnumerable<KeyValuePair<string, string>> ImageRuntimeSettings()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CredChain.sln")))
        {
            directory = directory.Parent;
        }

        var dockerfile = Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Run the benchmark from the repository."), "deploy", "docker", "issuer.Dockerfile");
        foreach (var line in File.ReadLines(dockerfile))
        {
            if (line.StartsWith("ENV DOTNET_", StringComparison.Ordinal) && line[4..].Split('=', 2) is [var name, var value])
            {
                yield return new(name, value);
            }
        }
    }

    public static async Task<ServiceProcess> StartAsync(IReadOnlyDictionary<string, string> settings, string workingDirectory)
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        // A published service (e.g. the image's ReadyToRun build) instead of the build output next to the bench.
        var published = Environment.GetEnvironmentVariable("CREDCHAIN_BENCH_ISSUER_DLL");
        info.ArgumentList.Add(string.IsNullOrEmpty(published) ? Path.Combine(AppContext.BaseDirectory, "CredChain.Issuer.dll") : published);
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in ImageRuntimeSettings())
        {
            info.Environment[key] = value;
        }

        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, e) => Echo(e.Data);
        process.ErrorDataReceived += (_, e) => Echo(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var service = new ServiceProcess(process, new Uri($"http://127.0.0.1:{port}"));
        using var client = new HttpClient { BaseAddress = service.BaseAddress };
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var response = await client.GetAsync("/health");
                return service;
            }
            catch (HttpRequestException) when (attempt < 300 && !process.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    private static void Echo(string? line)
    {
        if (line is not null)
        {
            Console.Error.WriteLine("  [service] " + line);
        }
    }

    /// <summary>CPU time (user + system) the service process has used so far: unlike wall time, it does not grow when other work shares the cores.</summary>
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    /// <summary>Peak resident set size (VmHWM) of the service process, in bytes.</summary>
    public long PeakResidentBytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
