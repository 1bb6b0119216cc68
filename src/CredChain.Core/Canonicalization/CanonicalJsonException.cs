namespace CredChain.Core.Canonicalization;

/// <summary>Thrown when a JSON value cannot be represented in RFC 8785 canonical form.</summary>
public sealed class CanonicalJsonException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CanonicalJsonException(CanonicalJsonError error, string message)
        : base(message)
    {
        Error = error;
    }

    /// <summary>Creates the exception.</summary>
    public CanonicalJsonException(CanonicalJsonError error, string message, Exception innerException)
        : base(message, innerException)
    {
        Error = error;
    }

    /// <summary>Creates the exception.</summary>
    public CanonicalJsonException()
        : this(CanonicalJsonError.InvalidJson, "The value cannot be canonicalized.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public CanonicalJsonException(string message)
        : this(CanonicalJsonError.InvalidJson, message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public CanonicalJsonException(string message, Exception innerException)
        : this(CanonicalJsonError.InvalidJson, message, innerException)
    {
    }

    /// <summary>What made the value non-canonicalizable.</summary>
    public CanonicalJsonError Error { get; }
}
