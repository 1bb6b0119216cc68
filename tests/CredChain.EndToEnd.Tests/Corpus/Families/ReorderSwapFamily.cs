using System.Globalization;
using CredChain.EndToEnd.Tests.Holder;
using CredChain.EndToEnd.Tests.Json;

namespace CredChain.EndToEnd.Tests.Corpus.Families;

/// <summary>
/// Re-ordering array elements (reversed, rotated, shuffled; salts left in place or moved with their values) and
/// swapping values between fields (salts left or swapped too), in the subject and in the envelope.
/// </summary>
internal sealed class ReorderSwapFamily : MutationFamily
{
    private const int SwapsPerDocument = 12;

    public override string Name => "reorder / swap values";

    public override IReadOnlySet<string> Allowed { get; } =
        Outcomes.Set(Outcomes.Mismatch, Outcomes.ValueWithoutSalt, Outcomes.SaltWithoutValue, Outcomes.Malformed);

    public override IEnumerable<Mutation> Generate(HolderCopy document, CorpusContext context, Random random)
    {
        var arrays = document.Tree.Walk().Where(n => n.Node.Kind == JKind.Array && n.Node.Items.Length > 1 && !n.Pointer.StartsWith("/proof", StringComparison.Ordinal));
        foreach (var (pointer, node) in arrays)
        {
            var n = node.Items.Length;
            var orders = new List<(string Name, int[] Order)>
            {
                ("reversed", [.. Enumerable.Range(0, n).Reverse()]),
                ("rotated", [.. Enumerable.Range(0, n).Select(i => (i + 1) % n)]),
                ("shuffled", [.. Enumerable.Range(0, n).OrderBy(_ => random.Next())]),
            };
            foreach (var (name, order) in orders)
            {
                var tree = document.Tree.With(pointer, JTree.Array(order.Select(i => node.Items[i])));
                yield return Edit(document, $"{pointer}: elements {name} [{string.Join(',', order)}], salts left", tree);
                if (pointer.StartsWith("/credentialSubject", StringComparison.Ordinal))
                {
                    // Element order[j] now sits at j: its salts follow it.
                    var moved = HolderCopy.WithSalts(tree, key => Follow(key, pointer, order));
                    yield return Edit(document, $"{pointer}: elements {name} [{string.Join(',', order)}], salts moved with them", moved);
                }
            }
        }

        var scalars = document.Tree.Walk().Where(n => !n.Node.IsContainer && n.Pointer.Length > 0 && !n.Pointer.StartsWith("/proof", StringComparison.Ordinal)).ToList();
        for (var s = 0; s < SwapsPerDocument && scalars.Count > 1; s++)
        {
            var a = scalars[random.Next(scalars.Count)];
            var b = scalars[random.Next(scalars.Count)];
            if (a.Pointer == b.Pointer)
            {
                continue;
            }

            var swapped = document.Tree.With(a.Pointer, b.Node).With(b.Pointer, a.Node);
            yield return Edit(document, $"swap the values of {a.Pointer} and {b.Pointer}, salts left", swapped);
            if (a.Pointer.StartsWith("/credentialSubject", StringComparison.Ordinal) && b.Pointer.StartsWith("/credentialSubject", StringComparison.Ordinal))
            {
                var withSalts = HolderCopy.WithSalts(swapped, key => key == a.Pointer ? b.Pointer : key == b.Pointer ? a.Pointer : key);
                yield return Edit(document, $"swap the values of {a.Pointer} and {b.Pointer}, salts swapped too", withSalts);
            }
        }
    }

    /// <summary>The new key of a salt under <paramref name="array"/> once element <c>order[j]</c> sits at <c>j</c>.</summary>
    private static string Follow(string key, string array, int[] order)
    {
        if (!key.StartsWith(array + "/", StringComparison.Ordinal))
        {
            return key;
        }

        var rest = key[(array.Length + 1)..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var index = int.Parse(slash < 0 ? rest : rest[..slash], CultureInfo.InvariantCulture);
        return $"{array}/{Array.IndexOf(order, index).ToString(CultureInfo.InvariantCulture)}{(slash < 0 ? "" : rest[slash..])}";
    }
}
