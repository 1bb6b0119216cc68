using System.Globalization;
using System.Text;

namespace CredChain.EndToEnd.Tests.Json;

/// <summary>Writes a <see cref="JTree"/> in a given <see cref="JFormat"/>: numbers exactly as spelled, repeated names kept.</summary>
internal static class JWriter
{
    public static string Write(JTree tree, JFormat format)
    {
        var text = new StringBuilder();
        var random = format.ShuffleSeed is { } seed ? new Random(seed) : null;
        Write(tree, format, random, text, 0);
        return text.ToString();
    }

    public static byte[] WriteUtf8(JTree tree, JFormat format) => Encoding.UTF8.GetBytes(Write(tree, format));

    private static void Write(JTree tree, JFormat format, Random? random, StringBuilder text, int depth)
    {
        switch (tree.Kind)
        {
            case JKind.Object:
                var members = tree.Members.ToList();
                if (format.SortMembers)
                {
                    members = [.. members.OrderBy(m => m.Name, StringComparer.Ordinal)];
                }

                if (random is not null)
                {
                    members = [.. members.OrderBy(_ => random.Next())];
                }

                Container(text, format, depth, '{', '}', members.Count, (i, d) =>
                {
                    WriteString(members[i].Name, format.Escape, text);
                    text.Append(':');
                    text.Append(format.Indent is null ? format.Padding : " ");
                    Write(members[i].Value, format, random, text, d);
                });
                break;
            case JKind.Array:
                Container(text, format, depth, '[', ']', tree.Items.Length, (i, d) => Write(tree.Items[i], format, random, text, d));
                break;
            case JKind.String:
                WriteString(tree.Text, format.Escape, text);
                break;
            default:
                text.Append(tree.Text);
                break;
        }
    }

    private static void Container(StringBuilder text, JFormat format, int depth, char open, char close, int count, Action<int, int> item)
    {
        text.Append(open);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            if (format.Indent is not null)
            {
                text.Append(format.NewLine);
                Repeat(text, format.Indent, depth + 1);
            }
            else
            {
                text.Append(format.Padding);
            }

            item(i, depth + 1);
        }

        if (count > 0 && format.Indent is not null)
        {
            text.Append(format.NewLine);
            Repeat(text, format.Indent, depth);
        }
        else if (count > 0)
        {
            text.Append(format.Padding);
        }

        text.Append(close);
    }

    private static void Repeat(StringBuilder text, string unit, int times)
    {
        for (var i = 0; i < times; i++)
        {
            text.Append(unit);
        }
    }

    public static void WriteString(string value, JEscape escape, StringBuilder text)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '/' when escape is JEscape.NonAsciiAndSolidus:
                    text.Append("\\/");
                    break;
                case '\n' when escape != JEscape.All:
                    text.Append("\\n");
                    break;
                case '\t' when escape != JEscape.All:
                    text.Append("\\t");
                    break;
                default:
                    if (c < 0x20 || escape == JEscape.All || (c > 0x7e && escape != JEscape.Minimal))
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        text.Append('"');
    }
}
