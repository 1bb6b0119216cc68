using System.Globalization;
using CredChain.EndToEnd.Tests.Holder;
using CredChain.EndToEnd.Tests.Json;

namespace CredChain.EndToEnd.Tests.Corpus.Families;

/// <summary>
/// Array/object confusion: every array rewritten as an object keyed "0", "1", … (its JSON Pointers, hence its salt
/// keys, do not change), also with one element left out and "hidden" (its leaf hashes in <c>hiddenLeaves</c>, its salts
/// dropped); and every object rewritten as an array of its member values, with the salts re-keyed to the indexes, also
/// with one member left out and hidden.
/// </summary>
internal sealed class ContainerSwapFamily : MutationFamily
{
    public override string Name => "container kind swap";

    public override IReadOnlySet<string> Allowed { get; } =
        Outcomes.Set(Outcomes.Mismatch, Outcomes.ValueWithoutSalt, Outcomes.SaltWithoutValue, Outcomes.EmptyContainer, Outcomes.Malformed);

    public override IEnumerable<Mutation> Generate(HolderCopy document, CorpusContext context, Random random)
    {
        var containers = document.Tree.Walk().Where(n => n.Node.IsContainer && n.Pointer.Length > 0 && !n.Pointer.StartsWith("/proof", StringComparison.Ordinal)).ToList();
        foreach (var (pointer, node) in containers)
        {
            if (node.Kind == JKind.Array)
            {
                var members = node.Items.Select((item, i) => new JMember(Index(i), item)).ToList();
                yield return Edit(document, $"{pointer}: array -> object {{\"0\":…}}", document.Tree.With(pointer, JTree.Object(members)));
                for (var hidden = 0; hidden < members.Count && pointer.StartsWith("/credentialSubject", StringComparison.Ordinal); hidden++)
                {
                    var element = $"{pointer}/{Index(hidden)}";
                    var tree = document.Tree.With(pointer, JTree.Object(members.Where((_, i) => i != hidden)));
                    tree = HolderCopy.WithMoreHidden(HolderCopy.WithoutSaltsUnder(tree, element), document.LeavesUnder(element).Select(l => l.Hash));
                    yield return Edit(document, $"{pointer}: array -> object without \"{Index(hidden)}\" (its leaf hashes to hiddenLeaves, its salts dropped)", tree);
                }
            }
            else
            {
                var tree = document.Tree.With(pointer, JTree.Array(node.Members.Select(m => m.Value)));
                yield return Edit(document, $"{pointer}: object -> array of its values", tree);
                var rekeyed = tree;
                for (var i = 0; i < node.Members.Length; i++)
                {
                    rekeyed = HolderCopy.WithSaltsMoved(rekeyed, $"{pointer}/{JTree.Escape(node.Members[i].Name)}", $"{pointer}/{Index(i)}");
                }

                yield return Edit(document, $"{pointer}: object -> array of its values, salts re-keyed to the indexes", rekeyed);
                for (var hidden = 0; hidden < node.Members.Length && node.Members.Length > 1 && pointer.StartsWith("/credentialSubject/", StringComparison.Ordinal); hidden++)
                {
                    var member = $"{pointer}/{JTree.Escape(node.Members[hidden].Name)}";
                    var kept = node.Members.Where((_, i) => i != hidden).ToList();
                    var withHidden = HolderCopy.WithoutSaltsUnder(document.Tree.With(pointer, JTree.Array(kept.Select(m => m.Value))), member);
                    for (var i = 0; i < kept.Count; i++)
                    {
                        withHidden = HolderCopy.WithSaltsMoved(withHidden, $"{pointer}/{JTree.Escape(kept[i].Name)}", $"{pointer}/{Index(i)}");
                    }

                    withHidden = HolderCopy.WithMoreHidden(withHidden, document.LeavesUnder(member).Select(l => l.Hash));
                    yield return Edit(document, $"{pointer}: object -> array without \"{node.Members[hidden].Name}\" (its leaf hashes to hiddenLeaves), salts re-keyed to the indexes", withHidden);
                }
            }
        }
    }

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);
}
