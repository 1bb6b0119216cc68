namespace CredChain.Cli.Tests.Support;

/// <summary>One `credchain up` child process shared by a test class: the real dev chain, issuing service and portal.</summary>
public sealed class RunningSystem : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private UpProcess? _up;

    internal UpProcess.UpInfo Info => _up!.Info;

    public string DataDirectory => _temp.Combine("data");

    public string ContractsFile => Path.Combine(DataDirectory, "contracts.json");

    public string Combine(params string[] parts) => _temp.Combine(parts);

    public async Task InitializeAsync() => _up = await UpProcess.StartAsync(DataDirectory);

    public async Task DisposeAsync()
    {
        if (_up is not null)
        {
            await _up.StopAsync(2);
            await _up.DisposeAsync();
        }

        _temp.Dispose();
    }
}
