using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using CredChain.Core.Verification;
using CredChain.Verifier.Shares;

namespace CredChain.Verifier.Tests.Infrastructure;

/// <summary>
/// The portal in memory with its own SQLite file, a fake clock and the given settings. Each test class gets its own
/// instance, so tests stay parallel-safe.
/// </summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "credchain-verifier-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> _settings;

    private readonly bool _runPurgeService;
    private readonly bool _fakeClockForVerdictsOnly;
    private readonly string _environment;

    /// <param name="settings">Configuration overrides.</param>
    /// <param name="runPurgeService">Keep the background share purge (it races explicit purges on the fake clock).</param>
    /// <param name="fakeClockForVerdictsOnly">
    /// The fake clock drives only the verdict's validity checks; the event index and the rest keep real time, so it
    /// follows a real dev node.
    /// </param>
    /// <param name="environment">The host environment (Testing unless a test is about what Development changes).</param>
    public PortalFactory(IDictionary<string, string?>? settings = null, bool runPurgeService = false, bool fakeClockForVerdictsOnly = false, string environment = "Testing")
    {
        _runPurgeService = runPurgeService;
        _environment = environment;
        _fakeClockForVerdictsOnly = fakeClockForVerdictsOnly;
        Directory.CreateDirectory(_directory);
        _settings = new Dictionary<string, string?>
        {
            ["Shares:ConnectionString"] = $"Data Source={Path.Combine(_directory, "shares.db")};Pooling=false",
            ["Portal:PublicBaseUrl"] = "https://verify.example.edu.cn",
            ["RateLimits:Enabled"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(_settings));
        builder.ConfigureServices(services =>
        {
            if (_fakeClockForVerdictsOnly)
            {
                services.RemoveAll<CredentialVerifier>();
                services.AddSingleton(sp => new CredentialVerifier(sp.GetRequiredService<IAnchorRegistry>(), Time));
            }
            else
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Time);
            }

            if (!_runPurgeService)
            {
                // Tests that purge call the store themselves; the background timer would race them on the fake clock.
                foreach (var purge in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(SharePurgeService)).ToList())
                {
                    services.Remove(purge);
                }
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
            }
        }
    }
}
