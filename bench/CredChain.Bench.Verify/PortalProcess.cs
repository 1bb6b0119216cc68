using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace CredChain.Bench.Verify;

/// <summary>The portal as its own process on a free loopback port, configured for the bench's dev node.</summary>
internal sealed class PortalProcess : IAsyncDisposable
{
    private const string PortalOnlyPrefix = "PORTAL_";

    private readonly Process _process;
    private readonly Stopwatch _sinceStart;
    private readonly string _dataDirectory;

    private PortalProcess(Process process, Uri baseAddress, string dataDirectory)
    {
        _process = process;
        _sinceStart = Stopwatch.StartNew();
        BaseAddress = baseAddress;
        _dataDirectory = dataDirectory;
    }

    public Uri BaseAddress { get; }

    /// <summary>The operating system process id, for profilers (perf, dotnet-trace).</summary>
    public int Id => _process.Id;

    /// <summary>User plus system CPU time the portal process has used so far (from /proc on Linux).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>
    /// Starts the portal; <paramref name="published"/> names a published portal instead of the one found by
    /// <see cref="LocatePortal"/>: an assembly (<c>.dll</c>, run with <c>dotnet</c>) or an app host (a self-contained
    /// publish, executed directly).
    /// </summary>
    public static PortalProcess Start(BenchChain chain, string? published = null)
    {
        published ??= LocatePortal();
        var port = FreePort();
        var data = Directory.CreateTempSubdirectory("credchain-bench-verify").FullName;
        var start = published.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? new ProcessStartInfo("dotnet", [published])
            : new ProcessStartInfo(published);
        start.WorkingDirectory = Path.GetDirectoryName(published)!;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        foreach (var (key, value) in Settings(chain, port, data))
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the portal.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine($"portal: {e.Data}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new PortalProcess(process, new Uri($"http://127.0.0.1:{port}"), data);
    }

    /// <summary>The portal's configuration, as environment variables: one trusted network (the bench chain).</summary>
    private static Dictionary<string, string> Settings(BenchChain chain, int port, string data)
    {
        var invariant = CultureInfo.InvariantCulture;
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__Default"] = "Warning",
            ["RateLimits__Enabled"] = "false",
            ["Shares__ConnectionString"] = $"Data Source={Path.Combine(data, "shares.db")}",
            ["Portal__Networks__0__Key"] = "bench",
            ["Portal__Networks__0__NameZh"] = "基准测试链",
            ["Portal__Networks__0__NameEn"] = "Bench chain",
            ["Portal__Networks__0__ChainId"] = chain.Node.ChainId.ToString(invariant),
            ["Portal__Networks__0__RpcUrl"] = chain.Node.RpcUrl.ToString(),
            ["Portal__Networks__0__RegistryAddress"] = chain.Deployment.CredentialRegistryAddress,
            ["Portal__Networks__0__GovernanceAddress"] = chain.Deployment.IssuerRegistryAddress,
            ["Portal__Networks__0__DeploymentBlock"] = chain.Deployment.IssuerRegistryReceipt.BlockNumber.Value.ToString(invariant),
        };
        if (chain.OpenAttestation is { } openAttestation)
        {
            environment["Portal__Networks__0__DocumentStores__0__Address"] = openAttestation.StoreAddress;
            environment["Portal__Networks__0__DocumentStores__0__NameZh"] = "演示大学";
            environment["Portal__Networks__0__DocumentStores__0__NameEn"] = "Demo University";
        }

        // PORTAL_X=v in the bench's environment sets X=v for the portal only (runtime knobs such as
        // PORTAL_DOTNET_TieredPGO=0), so that variants of the portal can be compared under the same load generator.
        foreach (var entry in Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>())
        {
            if (entry.Key is string name && name.StartsWith(PortalOnlyPrefix, StringComparison.Ordinal) && name.Length > PortalOnlyPrefix.Length)
            {
                environment[name[PortalOnlyPrefix.Length..]] = entry.Value as string ?? "";
            }
        }

        return environment;
    }

    /// <summary>Polls /health, then posts the credential until the first 200 verdict.</summary>
    public async Task<ColdStart> WaitForFirstVerdictAsync(string credential)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = TimeSpan.FromSeconds(60);
        TimeSpan? healthy = null;
        while (_sinceStart.Elapsed < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The portal exited with code {_process.ExitCode}.");
            }

            try
            {
                if (healthy is null)
                {
                    if ((await client.GetAsync(new Uri("/health", UriKind.Relative))).IsSuccessStatusCode)
                    {
                        healthy = _sinceStart.Elapsed;
                    }
                }
                else
                {
                    var response = await client.PostAsync(new Uri("/api/v1/verify", UriKind.Relative), new StringContent(credential, Encoding.UTF8, "application/json"));
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        var status = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString()!;
                        return new ColdStart(healthy.Value, _sinceStart.Elapsed, status);
                    }
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("The portal gave no verdict within 60 s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM first, so that the portal stops as in production and a profiler's trace it writes is complete.
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string LocatePortal()
    {
        // A published portal (e.g. the image's ReadyToRun build) instead of the build output next to the bench.
        if (Environment.GetEnvironmentVariable("CREDCHAIN_BENCH_PORTAL_DLL") is { Length: > 0 } published)
        {
            return File.Exists(published) ? published : throw new FileNotFoundException("CREDCHAIN_BENCH_PORTAL_DLL names no file.", published);
        }

        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name; // bin/<Configuration>/net10.0
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var dll = Path.Combine(directory.FullName, "src", "CredChain.Verifier", "bin", configuration, "net10.0", "CredChain.Verifier.dll");
            if (File.Exists(dll))
            {
                return dll;
            }
        }

        throw new FileNotFoundException($"CredChain.Verifier.dll ({configuration}) not found above {AppContext.BaseDirectory}; build the solution first.");
    }
}
