namespace CredChain.Core.Intake;

/// <summary>Why an input is not a document of either format at all. Values are stable: never renumber.</summary>
public enum MalformedReason
{
    /// <summary>Not UTF-8, not JSON, or empty.</summary>
    InvalidJson = 1,

    /// <summary>JSON, but not an object with the members of a credential.</summary>
    NotACredential = 2,

    /// <summary>Nested deeper than <see cref="Documents.CredentialLimits.MaxDepth"/>.</summary>
    TooDeep = 3,

    /// <summary>A string, name or number longer than <see cref="Documents.CredentialLimits.MaxStringBytes"/>.</summary>
    StringTooLong = 4,

    /// <summary>An object repeats a member name.</summary>
    DuplicateKey = 5,

    /// <summary>Larger than <see cref="Documents.CredentialLimits.MaxDocumentBytes"/>.</summary>
    TooLarge = 6,
}
