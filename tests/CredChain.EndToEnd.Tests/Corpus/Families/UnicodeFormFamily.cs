using System.Text;
using CredChain.EndToEnd.Tests.Holder;
using CredChain.EndToEnd.Tests.Json;

namespace CredChain.EndToEnd.Tests.Corpus.Families;

/// <summary>
/// Unicode normalisation: every string value and every member name rewritten in NFC, NFD, NFKC and NFKD, where that
/// form differs (é, Å, ﬁ, ＡＢＣ, 한, ㈱…). A renamed member keeps its old salt key, or has it re-keyed to the new name.
/// The hashes are over the exact code points, so each form is a different value.
/// </summary>
internal sealed class UnicodeFormFamily : MutationFamily
{
    private static readonly NormalizationForm[] Forms = [NormalizationForm.FormC, NormalizationForm.FormD, NormalizationForm.FormKC, NormalizationForm.FormKD];

    public override string Name => "unicode normalisation";

    public override IReadOnlySet<string> Allowed { get; } =
        Outcomes.Set(Outcomes.Mismatch, Outcomes.ValueWithoutSalt, Outcomes.SaltWithoutValue, Outcomes.Malformed, Outcomes.DuplicateKey);

    public override IEnumerable<Mutation> Generate(HolderCopy document, CorpusContext context, Random random)
    {
        var credential = document.Tree.Walk().Where(n => n.Pointer.Length > 0 && !n.Pointer.StartsWith("/proof", StringComparison.Ordinal)).ToList();
        foreach (var (pointer, node) in credential.Where(n => n.Node.Kind == JKind.String))
        {
            foreach (var (form, text) in Variants(node.Text))
            {
                yield return Edit(document, $"{pointer}: value in {form}", document.Tree.With(pointer, JTree.String(text)));
            }
        }

        foreach (var (pointer, node) in credential.Where(n => n.Node.Kind == JKind.Object))
        {
            foreach (var member in node.Members)
            {
                foreach (var (form, name) in Variants(member.Name))
                {
                    var renamed = document.Tree.With(pointer, JTree.Object(node.Members.Select(m => m.Name == member.Name ? new JMember(name, m.Value) : m)));
                    var from = $"{pointer}/{JTree.Escape(member.Name)}";
                    yield return Edit(document, $"{from}: member name in {form}, salt keys left", renamed);
                    yield return Edit(document, $"{from}: member name in {form}, salt keys renamed", HolderCopy.WithSaltsMoved(renamed, from, $"{pointer}/{JTree.Escape(name)}"));
                }
            }
        }
    }

    private static IEnumerable<(string Form, string Text)> Variants(string text) =>
        Forms.Select(form => (Form: FormName(form), Text: text.Normalize(form))).Where(v => v.Text != text).DistinctBy(v => v.Text);

    private static string FormName(NormalizationForm form) => form switch
    {
        NormalizationForm.FormC => "NFC",
        NormalizationForm.FormD => "NFD",
        NormalizationForm.FormKC => "NFKC",
        _ => "NFKD",
    };
}
