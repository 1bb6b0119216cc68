using CredChain.EndToEnd.Tests.Holder;

namespace CredChain.EndToEnd.Tests.Corpus.Families;

/// <summary>
/// Forged <c>hiddenLeaves</c>: an extra entry (random, a copy of a disclosed leaf's hash, the envelope leaf) kept in
/// order; an entry missing, replaced, or repeated; the list out of order.
/// </summary>
internal sealed class ForgedHiddenLeavesFamily : MutationFamily
{
    public override string Name => "forged hiddenLeaves";

    public override IReadOnlySet<string> Allowed { get; } = Outcomes.Set(Outcomes.Mismatch, Outcomes.HiddenNotCanonical);

    public override IEnumerable<Mutation> Generate(HolderCopy document, CorpusContext context, Random random)
    {
        var tree = document.Tree;
        var hidden = HolderCopy.HiddenOf(tree);
        for (var i = 0; i < 2; i++)
        {
            yield return Edit(document, "add a random hash, in order", HolderCopy.WithMoreHidden(tree, [HolderCopy.RandomHash(random)]));
            var leaf = document.Leaves[random.Next(document.Leaves.Length)];
            yield return Edit(document, $"add the hash of disclosed {leaf.Path}, in order", HolderCopy.WithMoreHidden(tree, [leaf.Hash]));
        }

        yield return Edit(document, "add the envelope leaf, in order", HolderCopy.WithMoreHidden(tree, [document.EnvelopeLeaf]));
        var two = new[] { HolderCopy.RandomHash(random), HolderCopy.RandomHash(random) }.Order().ToList();
        yield return Edit(document, "add two random hashes, descending", HolderCopy.WithHiddenAsGiven(tree, hidden.Concat(two.AsEnumerable().Reverse())));
        yield return Edit(document, "add two random hashes at the front, out of order", HolderCopy.WithHiddenAsGiven(tree, two.AsEnumerable().Reverse().Concat(hidden)));
        for (var i = 0; i < hidden.Count; i++)
        {
            yield return Edit(document, $"remove hidden leaf {i}", HolderCopy.WithHiddenAsGiven(tree, hidden.Where((_, j) => j != i)));
            yield return Edit(document, $"repeat hidden leaf {i}", HolderCopy.WithHiddenAsGiven(tree, hidden.SelectMany((h, j) => j == i ? new[] { h, h } : [h])));
            yield return Edit(document, $"replace hidden leaf {i} by a random hash, in order", HolderCopy.WithHiddenAsGiven(tree, hidden.Where((_, j) => j != i).Append(HolderCopy.RandomHash(random)).Order()));
        }

        if (hidden.Count > 1)
        {
            yield return Edit(document, "hidden leaves reversed", HolderCopy.WithHiddenAsGiven(tree, hidden.AsEnumerable().Reverse()));
            yield return Edit(document, "first two hidden leaves swapped", HolderCopy.WithHiddenAsGiven(tree, hidden.Skip(1).Take(1).Concat(hidden.Take(1)).Concat(hidden.Skip(2))));
        }
    }
}
