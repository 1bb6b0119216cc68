namespace CredChain.Core.Leaves;

/// <summary>Thrown when a credential's disclosed values and its salts do not match one to one.</summary>
public sealed class CredentialIntegrityException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CredentialIntegrityException(IntegrityError error, string path, string message)
        : base($"{message} (at {path})")
    {
        Error = error;
        Path = path;
    }

    /// <summary>Creates the exception.</summary>
    public CredentialIntegrityException()
        : this(IntegrityError.MissingSalt, string.Empty, "The credential's values and salts do not match.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public CredentialIntegrityException(string message)
        : this(IntegrityError.MissingSalt, string.Empty, message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public CredentialIntegrityException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = string.Empty;
    }

    /// <summary>The kind of mismatch.</summary>
    public IntegrityError Error { get; }

    /// <summary>JSON Pointer of the value or salt concerned.</summary>
    public string Path { get; }
}
