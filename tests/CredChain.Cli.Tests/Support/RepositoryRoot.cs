namespace CredChain.Cli.Tests.Support;

/// <summary>The repository checkout the tests run from: the folder that holds CredChain.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CredChain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No CredChain.sln above {AppContext.BaseDirectory}.");
    }
}
