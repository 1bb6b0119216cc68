using System.Collections.Immutable;
using System.Text;
using CredChain.Core.Canonicalization;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Leaves;
using CredChain.EndToEnd.Tests.Infrastructure;
using CredChain.EndToEnd.Tests.Json;

namespace CredChain.EndToEnd.Tests.Holder;

/// <summary>
/// What a hostile holder has: the document's JSON, and everything Core computes from it without a secret — the
/// disclosed leaves with their hashes (<see cref="CredentialHashing.ComputeLeaves"/>), the envelope leaf and the hidden
/// leaves. The static helpers are the holder's hand tools: edit the hidden leaves and the salts of a JSON tree.
/// </summary>
internal sealed class HolderCopy
{
    public HolderCopy(IssuedDocument source)
    {
        Source = source;
        Tree = JTree.Parse(source.Json);
        Leaves = CredentialHashing.ComputeLeaves(source.Document);
        EnvelopeLeaf = CredentialHashing.ComputeEnvelopeLeaf(source.Document);
    }

    public IssuedDocument Source { get; }

    public string Label => Source.Label;

    /// <summary>The document as fetched, as a tree to edit.</summary>
    public JTree Tree { get; }

    /// <summary>The disclosed subject leaves, in document order.</summary>
    public ImmutableArray<CredentialLeaf> Leaves { get; }

    public Hash32 EnvelopeLeaf { get; }

    public CredentialDocument Document => Source.Document;

    /// <summary>The disclosed leaves at or under <paramref name="pointer"/>.</summary>
    public IEnumerable<CredentialLeaf> LeavesUnder(string pointer) => Leaves.Where(l => JsonPointer.IsSelfOrDescendant(l.Path, pointer));

    /// <summary>The hidden leaves a tree states (none when it has no <c>hiddenLeaves</c>).</summary>
    public static List<Hash32> HiddenOf(JTree tree) =>
        tree.At("/proof/hiddenLeaves") is { Kind: JKind.Array } hidden ? [.. hidden.Items.Select(h => Hash32.Parse(h.Text))] : [];

    /// <summary>The tree with <c>proof.hiddenLeaves</c> set to exactly <paramref name="hashes"/>, in the order given.</summary>
    public static JTree WithHiddenAsGiven(JTree tree, IEnumerable<Hash32> hashes) =>
        tree.With("/proof/hiddenLeaves", JTree.Array(hashes.Select(h => JTree.String(h.ToString()))));

    /// <summary>The tree with <paramref name="extra"/> added to its hidden leaves, kept in ascending order as a hiding tool writes them.</summary>
    public static JTree WithMoreHidden(JTree tree, IEnumerable<Hash32> extra) => WithHiddenAsGiven(tree, HiddenOf(tree).Concat(extra).Order());

    /// <summary>The tree with every salt key mapped by <paramref name="map"/> (null drops the salt), salts kept in their order.</summary>
    public static JTree WithSalts(JTree tree, Func<string, string?> map)
    {
        var salts = tree.At("/proof/salts")!;
        var kept = salts.Members.Select(m => (Name: map(m.Name), m.Value)).Where(m => m.Name is not null).Select(m => new JMember(m.Name!, m.Value));
        return tree.With("/proof/salts", JTree.Object(kept));
    }

    /// <summary>Drops the salts at or under <paramref name="pointer"/>.</summary>
    public static JTree WithoutSaltsUnder(JTree tree, string pointer) =>
        WithSalts(tree, key => JsonPointer.IsSelfOrDescendant(key, pointer) ? null : key);

    /// <summary>Moves the salts at or under <paramref name="from"/> to the same place under <paramref name="to"/>.</summary>
    public static JTree WithSaltsMoved(JTree tree, string from, string to) =>
        WithSalts(tree, key => JsonPointer.IsSelfOrDescendant(key, from) ? to + key[from.Length..] : key);

    /// <summary>
    /// A leaf hash computed the version-1 way: <c>keccak256(JCS({"path": pointer, "salt": salt, "value": value}))</c>
    /// with the plain JSON Pointer as the path — what an attacker who knew the old format would forge.
    /// </summary>
    public static Hash32 V1Leaf(string pointer, string salt, JTree value)
    {
        var preimage = $"{{\"path\":{Quote(pointer)},\"salt\":{Quote(salt)},\"value\":{value}}}";
        return Keccak256.Hash(CanonicalJson.Canonicalize(Encoding.UTF8.GetBytes(preimage)));
    }

    public static Hash32 RandomHash(Random random)
    {
        Span<byte> bytes = stackalloc byte[Hash32.Size];
        random.NextBytes(bytes);
        return Hash32.FromBytes(bytes);
    }

    public static string RandomSalt(Random random)
    {
        Span<byte> bytes = stackalloc byte[Salt.Size];
        random.NextBytes(bytes);
        return Salt.FromBytes(bytes).ToString();
    }

    public static string Quote(string text)
    {
        var builder = new StringBuilder();
        JWriter.WriteString(text, JEscape.Minimal, builder);
        return builder.ToString();
    }
}
