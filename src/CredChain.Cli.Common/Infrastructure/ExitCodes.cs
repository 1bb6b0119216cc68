namespace CredChain.Cli.Infrastructure;

/// <summary>Process exit codes shared by every command. Scripts depend on them: never renumber.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command understood its input but could not do what was asked (e.g. refused to overwrite keys).</summary>
    public const int Failure = 1;

    /// <summary>The command line itself is wrong: unknown option, missing or invalid value.</summary>
    public const int UsageError = 2;

    /// <summary><c>verify</c>: the credential is not valid (tampered, revoked, expired, ...).</summary>
    public const int NotValid = 1;

    /// <summary><c>verify</c>: no verdict could be reached (chain or portal unreachable, unreadable file).</summary>
    public const int CouldNotVerify = 2;
}
