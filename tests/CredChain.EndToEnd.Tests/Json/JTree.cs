using System.Collections.Immutable;
using System.Globalization;

namespace CredChain.EndToEnd.Tests.Json;

/// <summary>
/// An immutable JSON value that keeps what a hand edit can change and <see cref="System.Text.Json.Nodes"/> would not:
/// a number's exact spelling, the order of members, and repeated member names. Edits return a new tree.
/// </summary>
internal sealed class JTree
{
    private JTree(JKind kind, string text, ImmutableArray<JMember> members, ImmutableArray<JTree> items)
    {
        Kind = kind;
        Text = text;
        Members = members;
        Items = items;
    }

    public JKind Kind { get; }

    /// <summary>A string's value, a number's spelling, or <c>true</c>/<c>false</c>/<c>null</c>.</summary>
    public string Text { get; }

    public ImmutableArray<JMember> Members { get; }

    public ImmutableArray<JTree> Items { get; }

    public bool IsContainer => Kind is JKind.Object or JKind.Array;

    public static JTree Object(IEnumerable<JMember> members) => new(JKind.Object, "", [.. members], []);

    public static JTree Array(IEnumerable<JTree> items) => new(JKind.Array, "", [], [.. items]);

    public static JTree String(string value) => new(JKind.String, value, [], []);

    /// <summary>A number written exactly as <paramref name="spelling"/> (not checked: the corpus writes odd spellings on purpose).</summary>
    public static JTree Number(string spelling) => new(JKind.Number, spelling, [], []);

    public static JTree Literal(string literal) => new(JKind.Literal, literal, [], []);

    public static JTree Parse(string json) => JReader.Parse(System.Text.Encoding.UTF8.GetBytes(json));

    /// <summary>The value of the first member named <paramref name="name"/>, or null.</summary>
    public JTree? this[string name] => Kind == JKind.Object ? Members.FirstOrDefault(m => m.Name == name).Value : null;

    /// <summary>The node at an RFC 6901 pointer (first member of a repeated name), or null.</summary>
    public JTree? At(string pointer) => At(Tokens(pointer), 0);

    /// <summary>A copy with the node at <paramref name="pointer"/> replaced by <paramref name="value"/> (null removes it).</summary>
    public JTree With(string pointer, JTree? value) => With(Tokens(pointer), 0, value);

    /// <summary>A copy without the node at <paramref name="pointer"/> (an array element is removed, shifting the rest).</summary>
    public JTree Without(string pointer) => With(pointer, null);

    public JTree WithMembers(IEnumerable<JMember> members) => Object(members);

    public JTree WithItems(IEnumerable<JTree> items) => Array(items);

    /// <summary>The canonical-looking key of this value: compact, members sorted, strings minimally escaped, numbers as spelled.</summary>
    public string Key() => JWriter.Write(this, JFormat.Key);

    public override string ToString() => JWriter.Write(this, JFormat.Compact);

    /// <summary>Every node with its pointer, parents before children.</summary>
    public IEnumerable<(string Pointer, JTree Node)> Walk(string pointer = "")
    {
        yield return (pointer, this);
        if (Kind == JKind.Object)
        {
            foreach (var member in Members)
            {
                foreach (var inner in member.Value.Walk(pointer + "/" + Escape(member.Name)))
                {
                    yield return inner;
                }
            }
        }
        else if (Kind == JKind.Array)
        {
            for (var i = 0; i < Items.Length; i++)
            {
                foreach (var inner in Items[i].Walk(pointer + "/" + i.ToString(CultureInfo.InvariantCulture)))
                {
                    yield return inner;
                }
            }
        }
    }

    public static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string[] Tokens(string pointer) =>
        pointer.Length == 0 ? [] : [.. pointer[1..].Split('/').Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))];

    private JTree? At(string[] tokens, int at)
    {
        if (at == tokens.Length)
        {
            return this;
        }

        return Kind switch
        {
            JKind.Object => Members.FirstOrDefault(m => m.Name == tokens[at]).Value?.At(tokens, at + 1),
            JKind.Array when int.TryParse(tokens[at], NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < Items.Length => Items[i].At(tokens, at + 1),
            _ => null,
        };
    }

    private JTree With(string[] tokens, int at, JTree? value)
    {
        if (at == tokens.Length)
        {
            return value ?? throw new InvalidOperationException("The root cannot be removed.");
        }

        var token = tokens[at];
        var last = at == tokens.Length - 1;
        if (Kind == JKind.Object)
        {
            var index = Members.Select((m, i) => (m, i)).FirstOrDefault(p => p.m.Name == token, (default, -1)).Item2;
            if (index < 0)
            {
                return last && value is not null ? Object(Members.Add(new JMember(token, value))) : throw Missing(tokens, at);
            }

            var inner = last ? value : Members[index].Value.With(tokens, at + 1, value);
            return Object(inner is null ? Members.RemoveAt(index) : Members.SetItem(index, new JMember(token, inner)));
        }

        if (Kind == JKind.Array && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var position) && position <= Items.Length)
        {
            if (position == Items.Length)
            {
                return last && value is not null ? Array(Items.Add(value)) : throw Missing(tokens, at);
            }

            var inner = last ? value : Items[position].With(tokens, at + 1, value);
            return Array(inner is null ? Items.RemoveAt(position) : Items.SetItem(position, inner));
        }

        throw Missing(tokens, at);
    }

    private static InvalidOperationException Missing(string[] tokens, int at) =>
        new($"No node at /{string.Join('/', tokens.Take(at + 1))}.");
}
