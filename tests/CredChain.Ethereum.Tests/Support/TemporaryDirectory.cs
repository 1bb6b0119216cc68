namespace CredChain.Ethereum.Tests.Support;

internal sealed class TemporaryDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("credchain-tests-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
