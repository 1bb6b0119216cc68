using CredChain.EndToEnd.Tests.Holder;
using CredChain.EndToEnd.Tests.Json;

namespace CredChain.EndToEnd.Tests.Corpus.Families;

/// <summary>
/// Formatting-only variants, which must verify exactly as the document did: indentation (spaces, tabs), CRLF line
/// breaks, whitespace around separators and around the document, the members of every object (proof, salts and anchor
/// included) in another order, and string escapes (<c>\uXXXX</c> for non-ASCII or for every character, <c>\/</c>).
/// </summary>
internal sealed class FormattingFamily : MutationFamily
{
    public override string Name => "formatting only (must verify as issued)";

    /// <summary>Unused: every variant expects what its document got untouched.</summary>
    public override IReadOnlySet<string> Allowed { get; } = Outcomes.Set();

    public override IEnumerable<Mutation> Generate(HolderCopy document, CorpusContext context, Random random)
    {
        var expected = Outcomes.Set(document.Source.Expected);
        var formats = new[]
        {
            new JFormat(Indent: "  "),
            new JFormat(Indent: "    ", NewLine: "\r\n"),
            new JFormat(Indent: "\t", NewLine: "\r\n", Escape: JEscape.NonAscii),
            new JFormat(Padding: " "),
            new JFormat(ShuffleSeed: random.Next(), Escape: JEscape.NonAscii),
            new JFormat(ShuffleSeed: random.Next(), Escape: JEscape.NonAsciiAndSolidus, Indent: " "),
            new JFormat(ShuffleSeed: random.Next(), Escape: JEscape.All),
            new JFormat(SortMembers: true, Indent: "  ", NewLine: "\r\n"),
        };
        foreach (var format in formats)
        {
            yield return new Mutation(Name, document.Label, $"written with {format}", JWriter.WriteUtf8(document.Tree, format), expected);
        }

        var padded = "\r\n\t " + JWriter.Write(document.Tree, JFormat.Compact) + " \n\t\r\n";
        yield return new Mutation(Name, document.Label, "surrounded by whitespace", System.Text.Encoding.UTF8.GetBytes(padded), expected);
    }
}
