namespace CredChain.Core.Canonicalization;

/// <summary>Why a value cannot be canonicalized (RFC 8785). Values are stable; never renumber.</summary>
public enum CanonicalJsonError
{
    /// <summary>The input is not well-formed JSON.</summary>
    InvalidJson = 1,

    /// <summary>A number is NaN or ±Infinity (including literals that overflow a double, such as 1e400).</summary>
    NonFiniteNumber = 2,

    /// <summary>A string contains an unpaired UTF-16 surrogate.</summary>
    LoneSurrogate = 3,

    /// <summary>An object has the same member name twice.</summary>
    DuplicateKey = 4,

    /// <summary>Nesting exceeds <see cref="CanonicalJson.MaxDepth"/>.</summary>
    TooDeep = 5,
}
