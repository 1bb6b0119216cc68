using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CredChain.Issuer.Tests.Infrastructure;

/// <summary>The issuing service as a real child process (<c>dotnet CredChain.Issuer.dll</c>) on a free loopback port.</summary>
public sealed class IssuerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly Lock _lock = new();
    private readonly TaskCompletionSource<string> _fault = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private IssuerProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string Output
    {
        get
        {
            lock (_lock)
            {
                return string.Join('\n', _output.TakeLast(80));
            }
        }
    }

    /// <summary>Starts the service with <paramref name="settings"/> as environment variables (<c>A:B</c> becomes <c>A__B</c>) and waits until it answers.</summary>
    public static async Task<IssuerProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, string workingDirectory)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CredChain.Issuer.dll"));
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        info.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        var service = new IssuerProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => service.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => service.OnLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await service.WaitUntilAnsweringAsync();
        }
        catch
        {
            // Never leave a service running past the test that failed to start it.
            await service.DisposeAsync();
            throw;
        }

        return service;
    }

    /// <summary>Completes with the marker line when the service reaches its configured fault point.</summary>
    public Task<string> FaultReached => _fault.Task;

    /// <summary>SIGKILL: no shutdown code of the service runs.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lock)
        {
            _output.Add(line);
        }

        if (line.StartsWith(CredChain.Issuer.Anchoring.CrashDrillFaultInjector.Marker, StringComparison.Ordinal))
        {
            _fault.TrySetResult(line);
        }
    }

    /// <summary>Polls /health until the service answers; a hang guard of two minutes (a loaded CI machine starts it slowly).</summary>
    private async Task WaitUntilAnsweringAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = System.Diagnostics.Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The service exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync("/health");
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or too busy starting to answer within the request timeout: ask again.
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"The service did not answer within two minutes:\n{Output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
