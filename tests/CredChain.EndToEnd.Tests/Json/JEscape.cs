namespace CredChain.EndToEnd.Tests.Json;

/// <summary>How <see cref="JWriter"/> escapes strings and member names (every mode writes the same JSON value).</summary>
internal enum JEscape
{
    /// <summary>Only what JSON requires: quote, backslash, control characters.</summary>
    Minimal,

    /// <summary>Every non-ASCII character as <c>\uXXXX</c> (surrogate pairs for characters beyond the BMP).</summary>
    NonAscii,

    /// <summary><see cref="NonAscii"/>, and <c>/</c> as <c>\/</c>.</summary>
    NonAsciiAndSolidus,

    /// <summary>Every character as <c>\uXXXX</c>, letters and digits included.</summary>
    All,
}
