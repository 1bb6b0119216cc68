using System.Globalization;
using System.Text.RegularExpressions;
using CredChain.EndToEnd.Tests.Holder;
using CredChain.EndToEnd.Tests.Json;

namespace CredChain.EndToEnd.Tests.Corpus.Families;

/// <summary>
/// Number spellings: every number of the credential rewritten as another JSON spelling of the same IEEE double —
/// trailing zeros, exponent forms (<c>e</c>/<c>E</c>, signed or not), <c>-0</c>, <c>1.0</c> for <c>1</c>, and for a large
/// integer a neighbour that reads as the same double (20230000000000001 for 20230000000000000). What was hashed is the
/// canonical spelling, so a reader would see digits that were never signed: the verifier refuses every other spelling.
/// The proof's own integers (version, chain id, block number) are refused as not integers. Leading zeros are not JSON
/// and are not tried.
/// </summary>
internal sealed partial class NumberSpellingFamily : MutationFamily
{
    private const int SpellingsPerNumber = 5;

    public override string Name => "number spelling";

    public override IReadOnlySet<string> Allowed { get; } = Outcomes.Set(Outcomes.NumberNotCanonical);

    private static readonly IReadOnlySet<string> ProofNumber = Outcomes.Set(Outcomes.Malformed);

    public override IEnumerable<Mutation> Generate(HolderCopy document, CorpusContext context, Random random)
    {
        foreach (var (pointer, node) in document.Tree.Walk().Where(n => n.Node.Kind == JKind.Number))
        {
            var inProof = pointer.StartsWith("/proof", StringComparison.Ordinal);
            // At most a few spellings of each number, picked by the seed: the many numbers give the count.
            foreach (var spelling in Spellings(node.Text).OrderBy(_ => random.Next()).Take(SpellingsPerNumber))
            {
                yield return Edit(document, $"{pointer}: {node.Text} written {spelling}", document.Tree.With(pointer, JTree.Number(spelling)), inProof ? ProofNumber : null);
            }
        }
    }

    /// <summary>Other valid JSON spellings of the double that <paramref name="canonical"/> reads as.</summary>
    public static IEnumerable<string> Spellings(string canonical)
    {
        var value = double.Parse(canonical, CultureInfo.InvariantCulture);
        var negative = canonical.StartsWith('-');
        var body = negative ? canonical[1..] : canonical;
        var sign = negative ? "-" : "";
        var candidates = new List<string>();
        if (!body.Contains('e', StringComparison.OrdinalIgnoreCase))
        {
            var parts = body.Split('.');
            var fraction = parts.Length > 1 ? parts[1] : "";
            candidates.Add(sign + body + (fraction.Length > 0 ? "0" : ".0"));
            candidates.Add(sign + body + (fraction.Length > 0 ? "000" : ".00"));
            var digits = (parts[0] + fraction).TrimStart('0');
            var exponent = -fraction.Length;
            if (digits.Length == 0)
            {
                candidates.AddRange(["-0", "-0.0", "0.0", "0e0", "0E+3", "0.000e-2", "-0E0"]);
            }
            else
            {
                while (digits.Length > 1 && digits.EndsWith('0'))
                {
                    digits = digits[..^1];
                    exponent++;
                }

                candidates.Add($"{sign}{digits}e{exponent}");
                candidates.Add($"{sign}{digits}E{(exponent >= 0 ? "+" : "")}{exponent}");
                var scientific = digits.Length > 1 ? $"{digits[0]}.{digits[1..]}" : $"{digits}.0";
                candidates.Add($"{sign}{scientific}e{exponent + digits.Length - 1}");
                candidates.Add($"{sign}{scientific}E+{exponent + digits.Length - 1}");
                candidates.Add($"{sign}0.{digits}e{exponent + digits.Length}");
                candidates.Add(sign + body + "e0");
                candidates.Add(sign + body + "E-0");
                if (fraction.Length == 0)
                {
                    // Beyond 2^53 neighbouring integers read as the same double.
                    var integer = System.Numerics.BigInteger.Parse(body, CultureInfo.InvariantCulture);
                    candidates.AddRange(new[] { 1, 2, -1 }.Select(delta => sign + (integer + delta).ToString(CultureInfo.InvariantCulture)));
                }
            }
        }
        else
        {
            candidates.Add(canonical.Replace("e", "E", StringComparison.Ordinal));
            candidates.Add(canonical.Replace("e+", "e", StringComparison.Ordinal));
        }

        return candidates.Distinct().Where(c => c != canonical && JsonNumber().IsMatch(c)
            && double.Parse(c, CultureInfo.InvariantCulture).Equals(value));
    }

    [GeneratedRegex("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?\\z", RegexOptions.CultureInvariant)]
    private static partial Regex JsonNumber();
}
