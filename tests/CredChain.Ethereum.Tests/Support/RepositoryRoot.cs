namespace CredChain.Ethereum.Tests.Support;

internal static class RepositoryRoot
{
    /// <summary>The directory holding CredChain.sln, found by walking up from the test binaries.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "CredChain.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No CredChain.sln above {AppContext.BaseDirectory}.");
    }
}
