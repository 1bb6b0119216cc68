namespace CredChain.Architecture.Tests;

/// <summary>The rules of issue 17 that a reader can check by machine: no two folders of a project use each other
/// (directly or through others), no hand-written file over 300 lines and no method over 60 unless
/// <c>docs/architecture.md</c> names it in its list of exceptions.</summary>
public sealed class StructureTests
{
    public static TheoryData<string> SourceProjects() =>
        new(SourceTree.Projects("src").Select(SourceTree.Relative));

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void Folders_OfAProject_DoNotUseEachOther(string project)
    {
        var graph = FolderGraph.Build(Path.Combine(SourceTree.Root, project));
        var listed = AllowList.EdgesOf(project).ToList();

        var cycles = graph.CyclesWithout(listed).Select(c => string.Join(" <-> ", c)).ToList();
        var stale = listed.Where(edge => !graph.Uses.ContainsKey(edge)).ToList();

        Assert.True(cycles.Count == 0, $"{project}: folders that use each other: {string.Join("; ", cycles)}\n{Describe(graph)}");
        Assert.True(stale.Count == 0, $"{project}: listed edges that no longer exist: {string.Join("; ", stale)}");
    }

    [Fact]
    public void HandWrittenFiles_AreAtMost300Lines_OrListed()
    {
        var offenders = SizeScan.LongFiles().Where(f => !AllowList.Keys.Contains(f.Key)).Select(f => $"{f.Key} ({f.Lines})").ToList();

        Assert.True(offenders.Count == 0, "Files over 300 lines:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void Methods_AreAtMost60Lines_OrListed()
    {
        var offenders = SizeScan.LongMethods().Where(m => !AllowList.Keys.Contains(m.Key)).Select(m => $"{m.Key} ({m.Lines})").ToList();

        Assert.True(offenders.Count == 0, "Methods over 60 lines:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void AllowList_NamesOnlyWhatIsStillTooLong_AndEachIsExplainedInTheArchitectureDoc()
    {
        var tooLong = SizeScan.LongFiles().Concat(SizeScan.LongMethods()).Select(x => x.Key).ToHashSet(StringComparer.Ordinal);
        var doc = File.ReadAllText(Path.Combine(SourceTree.Root, "docs", "architecture.md"));

        var sizeKeys = AllowList.Keys.Where(k => !AllowList.IsEdge(k)).ToList();
        var stale = sizeKeys.Where(k => !tooLong.Contains(k)).ToList();
        var unexplained = AllowList.Keys.Where(k => !doc.Contains(k, StringComparison.Ordinal)).ToList();

        Assert.Empty(stale);
        Assert.Empty(unexplained);
    }

    private static string Describe(FolderGraph graph) =>
        string.Join('\n', graph.Uses.Select(e => $"  {e.Key}: {string.Join(", ", e.Value)}"));
}
