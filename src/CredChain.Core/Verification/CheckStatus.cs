namespace CredChain.Core.Verification;

/// <summary>Outcome of one check. Values are stable; never renumber.</summary>
public enum CheckStatus
{
    /// <summary>The check applied and passed.</summary>
    Valid = 1,

    /// <summary>The check applied and failed: the credential is not acceptable for this reason.</summary>
    Invalid = 2,

    /// <summary>The check could not reach a decision (e.g. the chain could not be read).</summary>
    Error = 3,

    /// <summary>The check did not apply or its prerequisites were missing.</summary>
    Skipped = 4,
}
