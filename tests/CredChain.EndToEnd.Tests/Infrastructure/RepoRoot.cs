namespace CredChain.EndToEnd.Tests.Infrastructure;

/// <summary>The repository root: the nearest folder above the test binaries that holds <c>CredChain.sln</c>.</summary>
public static class RepoRoot
{
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CredChain.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No CredChain.sln above {AppContext.BaseDirectory}.");
    }
}
