using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace CredChain.Cli.Tests.Support;

/// <summary>
/// <c>credchain up --json</c> as a child process on free ports and a given data folder. <see cref="StopAsync"/> sends
/// a real signal and waits for the process to exit; disposing kills whatever is left (the test fails first if it had to).
/// </summary>
internal sealed class UpProcess : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Process _process;
    private readonly StringBuilder _error = new();
    private readonly Task<string> _remainingOutput;

    private UpProcess(Process process, UpInfo info, Task<string> remainingOutput)
    {
        _process = process;
        Info = info;
        _remainingOutput = remainingOutput;
    }

    public UpInfo Info { get; }

    /// <summary>What the process wrote to standard error so far (progress and diagnostics).</summary>
    public string Error
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    public static async Task<UpProcess> StartAsync(string dataDirectory, params string[] extra)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "credchain.dll"), "up", "--data", dataDirectory, "--issuer-port", "0", "--portal-port", "0", "--rpc-port", "0", "--json", .. extra])
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        var error = new StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            lock (error)
            {
                error.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                ?? throw new InvalidOperationException($"`up` exited with {(process.WaitForExit(5000) ? process.ExitCode : -1)} before it was running:\n{error}");
            var info = JsonSerializer.Deserialize<UpInfo>(line, Json)!;
            var up = new UpProcess(process, info, process.StandardOutput.ReadToEndAsync(CancellationToken.None));
            lock (error)
            {
                up._error.Append(error);
            }

            process.ErrorDataReceived += (_, e) =>
            {
                lock (up._error)
                {
                    up._error.AppendLine(e.Data);
                }
            };
            return up;
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    /// <summary>Sends <paramref name="signal"/> (SIGINT = 2, SIGTERM = 15) and waits for a clean exit; returns the exit code and the rest of stdout.</summary>
    public async Task<(int ExitCode, string Output)> StopAsync(int signal)
    {
        using (var kill = Process.Start("kill", [$"-{signal}", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
            Assert.Equal(0, kill.ExitCode);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(timeout.Token);
        return (_process.ExitCode, await _remainingOutput);
    }

    /// <summary>SIGKILLs the <c>credchain</c> process alone (not the dev host it started) and waits for it to be gone.</summary>
    public async Task KillCliAsync()
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    internal sealed record UpInfo(
        string DataDirectory, Uri IssuerUrl, Uri PortalUrl, Uri RpcUrl, long ChainId, string IssuerRegistry, string CredentialRegistry, string Issuer, string Token, string ExampleCsv,
        Uri? HubRpcUrl = null, string? HubRegistry = null, Uri? RelayUrl = null);
}
