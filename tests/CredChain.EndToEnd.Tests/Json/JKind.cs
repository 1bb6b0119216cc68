namespace CredChain.EndToEnd.Tests.Json;

/// <summary>The kind of a <see cref="JTree"/> node.</summary>
internal enum JKind
{
    Object,
    Array,
    String,
    Number,
    Literal,
}
