using CredChain.EndToEnd.Tests.Corpus.Families;
using CredChain.EndToEnd.Tests.Holder;
using CredChain.EndToEnd.Tests.Infrastructure;
using CredChain.EndToEnd.Tests.Json;

namespace CredChain.EndToEnd.Tests.Corpus;

/// <summary>
/// The hostile-holder corpus: every family's hand edits of every document of the fixture, generated from a seed. The
/// seed fixes every choice (partners, random hashes and salts, shuffles, swapped fields), so the same seed makes the
/// same edits of documents of the same shape (the fixture issues the same subjects in the same order on each run;
/// only salts, ids and hashes are new).
/// </summary>
internal static class HostileCorpus
{
    /// <summary>Environment variable that replays a seed.</summary>
    public const string SeedVariable = "CREDCHAIN_CORPUS_SEED";

    public static readonly IReadOnlyList<MutationFamily> Families =
    [
        new HideEnvelopeFamily(),
        new HideArrayElementFamily(),
        new ContainerSwapFamily(),
        new ReorderSwapFamily(),
        new DuplicateKeyFamily(),
        new UnicodeFormFamily(),
        new NumberSpellingFamily(),
        new ProofSwapFamily(),
        new AnchorNetworkFamily(),
        new ForgedHiddenLeavesFamily(),
        new FormattingFamily(),
    ];

    /// <summary>The seed from <see cref="SeedVariable"/>, or a fresh one.</summary>
    public static int Seed() =>
        int.TryParse(Environment.GetEnvironmentVariable(SeedVariable), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var seed)
            ? seed
            : System.Security.Cryptography.RandomNumberGenerator.GetInt32(int.MaxValue);

    /// <summary>Every mutation, and per family how many generated edits were skipped because they left the JSON value unchanged.</summary>
    public static (List<Mutation> Mutations, Dictionary<string, int> Unchanged) Generate(EndToEndFixture system, int seed)
    {
        var documents = system.Documents.Select(d => new HolderCopy(d)).ToList();
        var context = new CorpusContext(documents, system);
        var mutations = new List<Mutation>();
        var unchanged = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var d = 0; d < documents.Count; d++)
        {
            var document = documents[d];
            var original = document.Tree.Key();
            for (var f = 0; f < Families.Count; f++)
            {
                var family = Families[f];
                var random = new Random(unchecked((seed * 7919) + (d * 104_729) + (f * 1_299_709)));
                foreach (var mutation in family.Generate(document, context, random))
                {
                    var same = JReader.Parse(mutation.Body).Key() == original;
                    if (family is FormattingFamily)
                    {
                        Assert.True(same, $"The formatting variant '{mutation.Edit}' of {document.Label} changed the JSON value.");
                    }
                    else if (same)
                    {
                        unchanged[mutation.Family] = unchanged.GetValueOrDefault(mutation.Family) + 1;
                        continue;
                    }

                    mutations.Add(mutation);
                }
            }
        }

        return (mutations, unchanged);
    }
}
