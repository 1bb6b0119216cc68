namespace CredChain.Core.Disclosure;

/// <summary>Thrown when the requested fields cannot be hidden.</summary>
public sealed class DisclosureException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DisclosureException(DisclosureError error, string path, string message)
        : base($"{message} (at {path})")
    {
        Error = error;
        Path = path;
    }

    /// <summary>Creates the exception.</summary>
    public DisclosureException()
        : this(DisclosureError.BadPointer, string.Empty, "The fields cannot be hidden.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public DisclosureException(string message)
        : this(DisclosureError.BadPointer, string.Empty, message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public DisclosureException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = string.Empty;
    }

    /// <summary>The kind of problem.</summary>
    public DisclosureError Error { get; }

    /// <summary>The requested path concerned.</summary>
    public string Path { get; }
}
