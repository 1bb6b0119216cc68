using System.Globalization;
using CredChain.Core.Documents;
using CredChain.EndToEnd.Tests.Holder;
using CredChain.EndToEnd.Tests.Json;

namespace CredChain.EndToEnd.Tests.Corpus.Families;

/// <summary>
/// Hide-by-hand of every array element position, the smart way: remove the element, move its leaf hashes (as Core
/// computes them) into <c>hiddenLeaves</c>, drop its salts and re-key the salts of the elements after it, so every
/// value still has a salt. An array left empty stays as <c>[]</c> (removing it too would hide the whole array, which is
/// allowed). Envelope arrays (<c>@context</c>, <c>type</c>) lose elements the same way, with the envelope leaf or a
/// version-1 leaf hash offered in their place.
/// </summary>
internal sealed class HideArrayElementFamily : MutationFamily
{
    public override string Name => "hide array element";

    public override IReadOnlySet<string> Allowed { get; } =
        Outcomes.Set(Outcomes.Mismatch, Outcomes.EmptyContainer, Outcomes.SaltWithoutValue, Outcomes.ValueWithoutSalt, Outcomes.Malformed);

    public override IEnumerable<Mutation> Generate(HolderCopy document, CorpusContext context, Random random)
    {
        foreach (var (array, node) in document.Tree.Walk().Where(n => n.Node.Kind == JKind.Array && !n.Pointer.StartsWith("/proof", StringComparison.Ordinal)))
        {
            for (var i = 0; i < node.Items.Length; i++)
            {
                var element = $"{array}/{i.ToString(CultureInfo.InvariantCulture)}";
                var removed = document.Tree.Without(element);
                if (array.StartsWith("/credentialSubject", StringComparison.Ordinal))
                {
                    var hidden = HolderCopy.WithMoreHidden(HolderCopy.WithoutSaltsUnder(removed, element), document.LeavesUnder(element).Select(l => l.Hash));
                    yield return Edit(document, $"remove {element} (leaf hashes to hiddenLeaves, salts dropped, later salts kept)", hidden);
                    yield return Edit(document, $"remove {element} (leaf hashes to hiddenLeaves, salts dropped, later salts re-keyed)", HolderCopy.WithSalts(hidden, key => Shift(key, array, i)));
                }
                else
                {
                    yield return Edit(document, $"remove {element}", removed);
                    yield return Edit(document, $"remove {element}, add the envelope leaf to hiddenLeaves", HolderCopy.WithMoreHidden(removed, [document.EnvelopeLeaf]));
                    var v1 = HolderCopy.V1Leaf(element, HolderCopy.RandomSalt(random), node.Items[i]);
                    yield return Edit(document, $"remove {element}, add a v1-style leaf hash for it to hiddenLeaves", HolderCopy.WithMoreHidden(removed, [v1]));
                }
            }
        }
    }

    /// <summary>The salt key of an element after <paramref name="removed"/> moves down by one.</summary>
    private static string Shift(string key, string array, int removed)
    {
        if (!JsonPointer.IsSelfOrDescendant(key, array) || key.Length == array.Length)
        {
            return key;
        }

        var rest = key[(array.Length + 1)..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var index = int.Parse(slash < 0 ? rest : rest[..slash], CultureInfo.InvariantCulture);
        return index > removed ? $"{array}/{(index - 1).ToString(CultureInfo.InvariantCulture)}{(slash < 0 ? "" : rest[slash..])}" : key;
    }
}
