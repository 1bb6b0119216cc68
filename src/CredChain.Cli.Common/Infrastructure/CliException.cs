namespace CredChain.Cli.Infrastructure;

/// <summary>
/// A failure the user can act on: its message is printed as <c>error: ...</c> and the command exits with
/// <see cref="ExitCode"/>. Anything else that escapes a command is a bug.
/// </summary>
internal sealed class CliException : Exception
{
    public CliException()
    {
    }

    public CliException(string message)
        : base(message)
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CliException(string message, int exitCode)
        : base(message) => ExitCode = exitCode;

    public int ExitCode { get; } = ExitCodes.Failure;
}
