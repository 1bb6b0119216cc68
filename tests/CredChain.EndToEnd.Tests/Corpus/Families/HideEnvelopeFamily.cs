using CredChain.EndToEnd.Tests.Holder;
using CredChain.EndToEnd.Tests.Json;

namespace CredChain.EndToEnd.Tests.Corpus.Families;

/// <summary>
/// Hide-by-hand of every envelope field (and of every member inside one): remove it and put in <c>hiddenLeaves</c>
/// what a holder might hope stands for it — nothing, the envelope leaf, a leaf hash computed the version-1 way for
/// its pointer, or a random hash. The envelope is one unsalted leaf a verifier recomputes, so none of these can work.
/// </summary>
internal sealed class HideEnvelopeFamily : MutationFamily
{
    public override string Name => "hide envelope field";

    public override IReadOnlySet<string> Allowed { get; } = Outcomes.Set(Outcomes.Malformed, Outcomes.Mismatch);

    public override IEnumerable<Mutation> Generate(HolderCopy document, CorpusContext context, Random random)
    {
        // Every envelope member, and every member of an envelope object (issuer.id, issuer.name).
        var envelope = document.Tree.Members.Where(m => m.Name is not ("credentialSubject" or "proof"))
            .SelectMany(m => m.Value.Members.Select(inner => ("/" + JTree.Escape(m.Name) + "/" + JTree.Escape(inner.Name), inner.Value)).Prepend(("/" + JTree.Escape(m.Name), m.Value)))
            .ToList();
        foreach (var (pointer, node) in envelope)
        {
            // validUntil is the one optional envelope member: without it the document is well formed, and only the
            // envelope leaf can tell. Every other one is required, so the document no longer parses as a credential.
            var allowed = Outcomes.Set(pointer == "/validUntil" ? Outcomes.Mismatch : Outcomes.Malformed);
            var removed = document.Tree.Without(pointer);
            yield return Edit(document, $"remove {pointer}", removed, allowed);
            yield return Edit(document, $"remove {pointer}, add the envelope leaf to hiddenLeaves", HolderCopy.WithMoreHidden(removed, [document.EnvelopeLeaf]), allowed);
            var v1 = node.Walk(pointer).Where(n => !n.Node.IsContainer)
                .Select(n => HolderCopy.V1Leaf(n.Pointer, HolderCopy.RandomSalt(random), n.Node)).ToList();
            yield return Edit(document, $"remove {pointer}, add {v1.Count} v1-style leaf hash(es) of its value(s) to hiddenLeaves", HolderCopy.WithMoreHidden(removed, v1), allowed);
            yield return Edit(document, $"remove {pointer}, add a random hash to hiddenLeaves", HolderCopy.WithMoreHidden(removed, [HolderCopy.RandomHash(random)]), allowed);
        }
    }
}
