namespace CredChain.Architecture.Tests;

/// <summary>The size exceptions <c>docs/architecture.md</c> justifies, one key a line in <c>allow-list.txt</c>
/// ("path" for a file, "path: Type.Member" for a method, "project: From -> To" for a folder edge that may close a
/// cycle until it is broken); '#' starts a comment.</summary>
internal static class AllowList
{
    public static IReadOnlySet<string> Keys { get; } = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "allow-list.txt"))
        .Select(line => (line.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0 ? line[..hash] : line).Trim())
        .Where(line => line.Length > 0)
        .ToHashSet(StringComparer.Ordinal);

    public static bool IsEdge(string key) => key.Contains(" -> ", StringComparison.Ordinal);

    /// <summary>The listed folder edges of one project, as "From -> To".</summary>
    public static IEnumerable<string> EdgesOf(string project) =>
        Keys.Where(k => IsEdge(k) && k.StartsWith(project + ": ", StringComparison.Ordinal)).Select(k => k[(project.Length + 2)..]);
}
