using CredChain.EndToEnd.Tests.Holder;
using CredChain.EndToEnd.Tests.Json;

namespace CredChain.EndToEnd.Tests.Corpus.Families;

/// <summary>
/// Repeated member names — in the root, the issuer, the subject and every object inside it, the proof, the salts and
/// the anchor — repeating the same value or a different one, written before or after the original. Parsers disagree on
/// which copy wins, so a credential with one is refused outright.
/// </summary>
internal sealed class DuplicateKeyFamily : MutationFamily
{
    public override string Name => "duplicate key";

    public override IReadOnlySet<string> Allowed { get; } = Outcomes.Set(Outcomes.DuplicateKey, Outcomes.Malformed);

    public override IEnumerable<Mutation> Generate(HolderCopy document, CorpusContext context, Random random)
    {
        var partner = context.Documents[random.Next(context.Documents.Count)].Tree;
        var tree = document.Tree;
        var cases = new List<(string Object, string Name, JTree Value, string What)>
        {
            ("", "id", tree["id"]!, "same value"),
            ("", "id", partner["id"]!, "another credential's id"),
            ("", "credentialSubject", partner["credentialSubject"]!, "another credential's subject"),
            ("", "validFrom", JTree.String("2000-01-01T00:00:00Z"), "an earlier date"),
            ("", "validUntil", JTree.String("2099-01-01T00:00:00Z"), "a later date"),
            ("/issuer", "name", JTree.String("清华大学 Tsinghua University"), "another name"),
            ("/issuer", "id", tree.At("/issuer/id")!, "same value"),
            ("/proof", "targetHash", partner.At("/proof/targetHash")!, "another credential's targetHash"),
            ("/proof", "hiddenLeaves", JTree.Array([JTree.String(HolderCopy.RandomHash(random).ToString())]), "a forged list"),
            ("/proof/anchor", "chainId", JTree.Number("999"), "another chain"),
            ("/proof/anchor", "blockNumber", tree.At("/proof/anchor/blockNumber")!, "same value"),
        };
        var salts = tree.At("/proof/salts")!.Members;
        var salt = salts[random.Next(salts.Length)];
        cases.Add(("/proof/salts", salt.Name, salt.Value, "same value"));
        cases.Add(("/proof/salts", salt.Name, JTree.String(HolderCopy.RandomSalt(random)), "another salt"));
        foreach (var (pointer, node) in tree.Walk().Where(n => n.Node.Kind == JKind.Object && n.Pointer.StartsWith("/credentialSubject", StringComparison.Ordinal)))
        {
            var member = node.Members[random.Next(node.Members.Length)];
            cases.Add((pointer, member.Name, member.Value, "same value"));
            cases.Add((pointer, member.Name, member.Value.IsContainer ? JTree.String("forged") : JTree.Literal("null"), "another value"));
        }

        foreach (var (pointer, name, value, what) in cases)
        {
            if (tree.At(pointer) is not { Kind: JKind.Object } target || !target.Members.Any(m => m.Name == name))
            {
                continue;
            }

            var extra = new JMember(name, value);
            yield return Edit(document, $"{pointer}: \"{name}\" repeated after, {what}", tree.With(pointer, JTree.Object(target.Members.Add(extra))));
            yield return Edit(document, $"{pointer}: \"{name}\" repeated before, {what}", tree.With(pointer, JTree.Object(target.Members.Insert(0, extra))));
        }
    }
}
