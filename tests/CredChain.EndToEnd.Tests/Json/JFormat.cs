namespace CredChain.EndToEnd.Tests.Json;

/// <summary>A layout for <see cref="JWriter"/>: none of these change the JSON value.</summary>
/// <param name="Indent">Indentation per level; null writes compact JSON.</param>
/// <param name="NewLine">Line break used when indenting.</param>
/// <param name="Escape">String escaping.</param>
/// <param name="SortMembers">Write object members in ordinal name order (the key form).</param>
/// <param name="ShuffleSeed">Shuffle every object's members with this seed (taken after sorting, if both are set).</param>
/// <param name="Padding">Whitespace written around separators when not indenting (e.g. one space).</param>
internal sealed record JFormat(string? Indent = null, string NewLine = "\n", JEscape Escape = JEscape.Minimal, bool SortMembers = false, int? ShuffleSeed = null, string Padding = "")
{
    public static readonly JFormat Compact = new();

    public static readonly JFormat Key = new(SortMembers: true);

    public override string ToString() =>
        $"indent={(Indent is null ? "none" : Indent.Replace("\t", "\\t", StringComparison.Ordinal).Length + (Indent.Contains('\t', StringComparison.Ordinal) ? "tab" : "sp"))}"
        + $" newline={(NewLine == "\r\n" ? "CRLF" : "LF")} escape={Escape} sorted={SortMembers} shuffle={ShuffleSeed?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no"} padding={Padding.Length}";
}
