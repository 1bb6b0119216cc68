using Microsoft.AspNetCore.Builder;

namespace CredChain.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A real service host (the issuing service's or the portal's <c>Build</c>) listening on a free 127.0.0.1 port, as
/// <c>credchain up</c> hosts them; its content root is an empty temp folder, so only the given settings apply.
/// </summary>
public sealed class HostedApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private HostedApp(WebApplication app, Uri baseAddress, string folder)
    {
        _app = app;
        BaseAddress = baseAddress;
        Folder = folder;
    }

    public Uri BaseAddress { get; }

    /// <summary>The app's own temp folder (content root, SQLite files).</summary>
    public string Folder { get; }

    public static async Task<HostedApp> StartAsync(string name, Func<string[], string, WebApplication> build)
    {
        var folder = Path.Combine(Path.GetTempPath(), "credchain-e2e-tests", name + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var app = build(["--environment", "Testing", "--contentRoot", folder], folder);
        try
        {
            app.Urls.Clear();
            app.Urls.Add("http://127.0.0.1:0");
            await app.StartAsync();
            // Kestrel replaces the requested address with the one it bound (the port the OS chose).
            return new HostedApp(app, new Uri(app.Urls.Single()), folder);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A SQLite file still held for a moment; the temp folder is the OS's to clean.
        }
    }
}
