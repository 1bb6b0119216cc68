using System.Text;
using CredChain.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CredChain.EndToEnd.Tests.Corpus;

/// <summary>
/// Over ten thousand hand edits of real anchored documents, each POSTed to the portal: none may verify as valid, each
/// must get an outcome its family allows; formatting-only variants must verify exactly as the document did.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class HostileCorpusTests(EndToEndFixture system, ITestOutputHelper output)
{
    private const int Concurrency = 4;

    [Fact]
    public async Task EveryHandEdit_OfAnAnchoredDocument_IsRefusedWithItsFamilysOutcome_AndFormattingAloneChangesNothing()
    {
        var seed = HostileCorpus.Seed();
        output.WriteLine($"Corpus seed {seed} (replay with {HostileCorpus.SeedVariable}={seed})");
        var (mutations, unchanged) = HostileCorpus.Generate(system, seed);

        var outcomes = new VerifyOutcome[mutations.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, mutations.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Concurrency },
            async (i, cancellationToken) => outcomes[i] = await system.Portal.VerifyAsync(mutations[i].Body, cancellationToken));

        var table = CorpusReport.Table(seed, mutations, outcomes, unchanged, system.Documents.Count);
        output.WriteLine(table);
        output.WriteLine($"Written to {CorpusReport.Write(table)}");

        var offending = mutations.Select((m, i) => (Mutation: m, Outcome: outcomes[i])).Where(r => !CorpusReport.Accepts(r.Mutation, r.Outcome)).ToList();
        if (offending.Count > 0)
        {
            var report = new StringBuilder($"{offending.Count} of {mutations.Count} edits got an outcome outside their family's set (seed {seed}; replay with {HostileCorpus.SeedVariable}={seed}). First ones:\n");
            foreach (var (mutation, outcome) in offending.Take(6))
            {
                report.Append("- ").Append(mutation.Document).Append(" | ").Append(mutation.Family).Append(" | ").Append(mutation.Edit)
                    .Append("\n  got ").Append(outcome).Append("\n  allowed ").Append(string.Join(", ", mutation.Allowed))
                    .Append(mutation.MustContain is null ? "" : $" with {mutation.MustContain}").Append('\n');
            }

            Assert.Fail(report.ToString());
        }

        Assert.True(mutations.Count(m => m.Family != HostileCorpus.Families[^1].Name) >= 10_000, "The corpus must try at least 10,000 hand edits.");
        Assert.True(mutations.Count(m => m.Family == HostileCorpus.Families[^1].Name) >= 200, "The corpus must try a few hundred formatting-only variants.");
    }
}
