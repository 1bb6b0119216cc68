using CredChain.EndToEnd.Tests.Corpus.Families;
using CredChain.EndToEnd.Tests.Infrastructure;
using CredChain.EndToEnd.Tests.Json;

namespace CredChain.EndToEnd.Tests.Corpus;

/// <summary>The corpus generator itself: replayable from its seed, and its edits are what they claim to be.</summary>
[Collection(EndToEndGroup.Name)]
public sealed class CorpusGeneratorTests(EndToEndFixture system)
{
    [Fact]
    public void SameSeed_GeneratesTheSameEdits_AndAnotherSeedOtherOnes()
    {
        static List<string> Edits(EndToEndFixture system, int seed) =>
            [.. HostileCorpus.Generate(system, seed).Mutations.Select(m => $"{m.Family}|{m.Document}|{m.Edit}|{Convert.ToHexString(m.Body)}")];

        var first = Edits(system, 20261203);
        var again = Edits(system, 20261203);
        var other = Edits(system, 20261204);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Theory]
    [InlineData("20230000000000000", new[] { "20230000000000001", "20230000000000002", "20229999999999999", "2.023e16", "2.023E+16", "2023e13", "20230000000000000.0" })]
    [InlineData("0", new[] { "-0", "0.0", "-0.0", "0e0", "0.00" })]
    [InlineData("1", new[] { "1.0", "1e0", "1E+0", "1.00", "0.1e1" })]
    [InlineData("2.5", new[] { "2.50", "25e-1", "2.5E+0", "0.25e1", "2.5e0" })]
    [InlineData("-12.5", new[] { "-12.50", "-125e-1", "-1.25e1", "-0.125e2" })]
    public void NumberSpellings_AreOtherSpellingsOfTheSameDouble(string canonical, string[] some)
    {
        var spellings = NumberSpellingFamily.Spellings(canonical).ToList();

        Assert.All(some, s => Assert.Contains(s, spellings));
        Assert.DoesNotContain(canonical, spellings);
        Assert.All(spellings, s => Assert.Equal(double.Parse(canonical, System.Globalization.CultureInfo.InvariantCulture), double.Parse(s, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void FormattingVariants_KeepTheJsonValue_AndEveryOtherEditChangesIt()
    {
        var (mutations, _) = HostileCorpus.Generate(system, 7);
        var original = system.Documents.ToDictionary(d => d.Label, d => JTree.Parse(d.Json).Key());

        var changed = mutations.GroupBy(m => m.Family == HostileCorpus.Families[^1].Name)
            .ToDictionary(g => g.Key, g => g.Select(m => JReader.Parse(m.Body).Key() != original[m.Document]).Distinct().ToList());

        Assert.Equal([false], changed[true]);
        Assert.Equal([true], changed[false]);
    }
}
