using System.Text.RegularExpressions;

namespace CredChain.Architecture.Tests;

/// <summary>
/// Issue 17's one problem vocabulary: every <c>code</c> a host answers with is declared once, in Core's
/// <c>ProblemCatalogue</c>, written by the hosts' one <c>ProblemResults</c>/<c>ProblemHosting</c> in
/// <c>CredChain.Hosting</c>, and listed in <c>docs/problems.md</c>.
/// </summary>
public sealed partial class ProblemVocabularyTests
{
    private const string Catalogue = "src/CredChain.Core/Problems/ProblemCatalogue.cs";
    private const string Writer = "src/CredChain.Hosting/";

    [Fact]
    public void NoProblemCodeList_ExistsOutsideTheCatalogue()
    {
        var offenders = Sources().Where(f => !f.Path.StartsWith("src/CredChain.Core/Problems/", StringComparison.Ordinal))
            .Where(f => CodeListType().IsMatch(f.Text))
            .Select(f => f.Path).ToList();

        Assert.True(offenders.Count == 0, "Problem-code lists outside the catalogue: " + string.Join(", ", offenders));
    }

    [Fact]
    public void OnlyTheSharedWriter_BuildsProblemResponses()
    {
        var offenders = Sources().Where(f => !f.Path.StartsWith(Writer, StringComparison.Ordinal))
            .SelectMany(f => ProblemCall().Matches(f.Text).Select(m => $"{f.Path}: {m.Value}"))
            .ToList();

        Assert.True(offenders.Count == 0, "Problem responses built past CredChain.Hosting's ProblemResults:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void NoHost_WritesACodeLiteral()
    {
        var offenders = Sources().Where(f => f.Path.StartsWith("src/", StringComparison.Ordinal))
            .SelectMany(f => CodeLiteral().Matches(f.Text).Select(m => $"{f.Path}: {m.Value}"))
            .ToList();

        Assert.True(offenders.Count == 0, "code members set from a literal instead of ProblemCatalogue:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void ProblemsDoc_ListsExactlyTheCatalogue()
    {
        var declared = CatalogueEntry().Matches(File.ReadAllText(Path.Combine(SourceTree.Root, Catalogue)))
            .Select(m => $"{m.Groups["code"].Value} {m.Groups["status"].Value}").Order(StringComparer.Ordinal).ToList();
        var documented = DocRow().Matches(File.ReadAllText(Path.Combine(SourceTree.Root, "docs", "problems.md")))
            .Select(m => $"{m.Groups["code"].Value} {m.Groups["status"].Value}").Order(StringComparer.Ordinal).ToList();

        Assert.True(declared.Count > 30, $"The catalogue pattern found only {declared.Count} codes.");
        Assert.Equal(declared, documented);
    }

    private static IEnumerable<(string Path, string Text)> Sources() =>
        SourceTree.Projects("src", "bench").SelectMany(SourceTree.HandWrittenFiles)
            .Select(path => (SourceTree.Relative(path), File.ReadAllText(path)));

    [GeneratedRegex(@"\b(class|record|struct|enum)\s+\w*ProblemCodes?\b")]
    private static partial Regex CodeListType();

    [GeneratedRegex(@"\b(TypedResults|Results)\.(Problem|ValidationProblem)\(")]
    private static partial Regex ProblemCall();

    [GeneratedRegex(@"\[""code""\]\s*=\s*""[^""]*""")]
    private static partial Regex CodeLiteral();

    [GeneratedRegex(@"new\(""(?<code>[^""]+)"", (?<status>\d{3}),")]
    private static partial Regex CatalogueEntry();

    [GeneratedRegex(@"^\| `(?<code>[a-z0-9_.\-]+)` \| (?<status>\d{3}) \|", RegexOptions.Multiline)]
    private static partial Regex DocRow();
}
