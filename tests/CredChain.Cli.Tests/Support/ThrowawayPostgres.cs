using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace CredChain.Cli.Tests.Support;

/// <summary>
/// A PostgreSQL server of its own, made with the installed server's <c>initdb</c> in a temp folder and listening on a
/// free loopback port, whose bootstrap superuser the test holds. For scripts that need a superuser, such as the init
/// script docker-compose.yml gives the postgres image, without touching the shared test server
/// (CREDCHAIN_TEST_POSTGRES, whose role may only create databases). Run as the <c>postgres</c> OS user when the test
/// runs as root, since the server refuses to run as root.
/// </summary>
internal sealed class ThrowawayPostgres : IAsyncDisposable
{
    public const string Superuser = "bootstrap";

    private readonly string _bin;
    private readonly bool _asPostgresUser;

    private ThrowawayPostgres(string bin, string directory, int port, bool asPostgresUser)
    {
        _bin = bin;
        Directory = directory;
        Port = port;
        _asPostgresUser = asPostgresUser;
    }

    /// <summary>Holds the data folder and the Unix socket (local connections: the superuser, without a password).</summary>
    public string Directory { get; }

    public int Port { get; }

    private string DataDirectory => Path.Combine(Directory, "data");

    public static async Task<ThrowawayPostgres> StartAsync()
    {
        var bin = FindBinDirectory();
        var asPostgresUser = Environment.UserName == "root";
        var directory = System.IO.Directory.CreateTempSubdirectory("credchain-pg-").FullName;
        if (asPostgresUser)
        {
            await RunAsync("chown", ["postgres:postgres", directory], null);
        }

        var server = new ThrowawayPostgres(bin, directory, FreePort(), asPostgresUser);
        try
        {
            await server.RunAsPostgresAsync(
                Path.Combine(bin, "initdb"),
                ["-D", server.DataDirectory, "--username", Superuser, "--auth-local=trust", "--auth-host=scram-sha-256", "--encoding=UTF8", "--no-sync"]);
            var options = string.Create(CultureInfo.InvariantCulture, $"-c listen_addresses=127.0.0.1 -p {server.Port} -k {directory} -c fsync=off");
            await server.RunAsPostgresAsync(
                Path.Combine(bin, "pg_ctl"), ["-D", server.DataDirectory, "-o", options, "-l", Path.Combine(directory, "server.log"), "-w", "start"]);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs <paramref name="script"/> with bash as the postgres image runs its init scripts: as the superuser, over the local socket.</summary>
    public Task<string> RunInitScriptAsync(string script, IReadOnlyDictionary<string, string> environment)
    {
        var variables = new Dictionary<string, string>(environment)
        {
            ["POSTGRES_USER"] = Superuser,
            ["PGHOST"] = Directory,
            ["PGPORT"] = Port.ToString(CultureInfo.InvariantCulture),
            ["PATH"] = $"{_bin}:{Environment.GetEnvironmentVariable("PATH")}",
        };
        return RunAsPostgresAsync("/usr/bin/env", [.. variables.Select(kv => $"{kv.Key}={kv.Value}"), "bash", script]);
    }

    /// <summary>A TCP connection string for a role with a password, as the services connect.</summary>
    public string ConnectionString(string username, string password, string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = username,
        Password = password,
        Database = database,
        Pooling = false,
        Timeout = 10,
    }.ConnectionString;

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            try
            {
                await RunAsPostgresAsync(Path.Combine(_bin, "pg_ctl"), ["-D", DataDirectory, "-m", "immediate", "-w", "stop"]);
            }
            catch (InvalidOperationException)
            {
                // Already gone; the folder goes below either way.
            }
        }

        System.IO.Directory.Delete(Directory, recursive: true);
    }

    private Task<string> RunAsPostgresAsync(string program, IReadOnlyList<string> arguments) =>
        _asPostgresUser ? RunAsync("runuser", ["-u", "postgres", "--", program, .. arguments], Directory) : RunAsync(program, arguments, Directory);

    private static async Task<string> RunAsync(string program, IReadOnlyList<string> arguments, string? workingDirectory)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (workingDirectory is not null)
        {
            info.WorkingDirectory = workingDirectory;
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited {process.ExitCode}:\n{await output}\n{await error}");
        }

        return await output + await error;
    }

    /// <summary>The newest installed server's programs (Debian keeps them under /usr/lib/postgresql/N/bin), else PATH's.</summary>
    private static string FindBinDirectory()
    {
        var debian = System.IO.Directory.Exists("/usr/lib/postgresql")
            ? System.IO.Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Directory: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0))
                .OrderByDescending(d => d.Version)
                .Select(d => d.Directory)
            : [];
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries);
        return debian.Concat(path).FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
            ?? throw new InvalidOperationException("No PostgreSQL server programs (initdb, pg_ctl) found: apt-get install -y postgresql.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
