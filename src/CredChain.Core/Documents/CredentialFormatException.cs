namespace CredChain.Core.Documents;

/// <summary>Thrown when a credential document is malformed. <see cref="Error"/> says why, <see cref="Path"/> where.</summary>
public sealed class CredentialFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CredentialFormatException(CredentialFormatError error, string? path, string message, Exception? innerException = null)
        : base(path is null ? message : $"{message} (at {path})", innerException)
    {
        Error = error;
        Path = path;
    }

    /// <summary>Creates the exception.</summary>
    public CredentialFormatException()
        : this(CredentialFormatError.InvalidJson, null, "The credential document is malformed.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public CredentialFormatException(string message)
        : this(CredentialFormatError.InvalidJson, null, message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public CredentialFormatException(string message, Exception innerException)
        : this(CredentialFormatError.InvalidJson, null, message, innerException)
    {
    }

    /// <summary>The kind of problem.</summary>
    public CredentialFormatError Error { get; }

    /// <summary>JSON Pointer of the offending member, when there is one.</summary>
    public string? Path { get; }
}
