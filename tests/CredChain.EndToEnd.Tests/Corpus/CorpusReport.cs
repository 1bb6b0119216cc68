using System.Globalization;
using System.Text;
using CredChain.EndToEnd.Tests.Infrastructure;

namespace CredChain.EndToEnd.Tests.Corpus;

/// <summary>The per-family table of a corpus run: edits tried, skipped as unchanged, offending, and the outcomes seen.</summary>
internal static class CorpusReport
{
    public static string Table(int seed, IReadOnlyList<Mutation> mutations, IReadOnlyList<VerifyOutcome> outcomes, IReadOnlyDictionary<string, int> unchanged, int documents)
    {
        var text = new StringBuilder();
        var nonFormatting = mutations.Count(m => m.Family != HostileCorpus.Families[^1].Name);
        text.AppendLine(CultureInfo.InvariantCulture, $"Hostile-holder corpus: seed {seed} (replay: {HostileCorpus.SeedVariable}={seed}), {documents} anchored documents, {nonFormatting} mutations + {mutations.Count - nonFormatting} formatting-only variants.");
        text.AppendLine(CultureInfo.InvariantCulture, $"{"family",-48} {"tried",7} {"unchanged",9} {"offending",9}  outcomes");
        var rows = mutations.Select((m, i) => (Mutation: m, Outcome: outcomes[i])).GroupBy(r => r.Mutation.Family);
        foreach (var row in rows)
        {
            var offending = row.Count(r => !Accepts(r.Mutation, r.Outcome));
            var seen = string.Join(", ", row.GroupBy(r => r.Outcome.Brief).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
            text.AppendLine(CultureInfo.InvariantCulture, $"{row.Key,-48} {row.Count(),7} {unchanged.GetValueOrDefault(row.Key),9} {offending,9}  {seen}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"{"total",-48} {mutations.Count,7} {unchanged.Values.Sum(),9} {mutations.Where((m, i) => !Accepts(m, outcomes[i])).Count(),9}");
        return text.ToString();
    }

    public static bool Accepts(Mutation mutation, VerifyOutcome outcome) =>
        mutation.Allowed.Contains(outcome.Brief) && (mutation.MustContain is null || outcome.Body.Contains(mutation.MustContain, StringComparison.Ordinal));

    /// <summary>Writes the table to <c>artifacts/test-results/hostile-corpus.txt</c> under the repository root; returns the path.</summary>
    public static string Write(string table)
    {
        var folder = Path.Combine(RepoRoot.Find(), "artifacts", "test-results");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "hostile-corpus.txt");
        File.WriteAllText(path, table);
        return path;
    }
}
