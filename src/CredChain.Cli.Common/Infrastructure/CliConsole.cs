using System.CommandLine;
using Spectre.Console;

namespace CredChain.Cli.Infrastructure;

/// <summary>Spectre.Console renderers over the writers System.CommandLine hands a command (the real console, or a test's).</summary>
internal static class CliConsole
{
    public static IAnsiConsole Output(ParseResult parseResult) => Create(parseResult.InvocationConfiguration.Output);

    /// <summary>Progress and diagnostics, kept off standard output when that carries machine-readable output (<c>--json</c>).</summary>
    public static IAnsiConsole Error(ParseResult parseResult) => Create(parseResult.InvocationConfiguration.Error);

    private static IAnsiConsole Create(TextWriter writer) =>
        AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            // Colour only on the real console: a captured or redirected writer gets plain text.
            Ansi = IsConsole(writer) ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = IsConsole(writer) ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            // Live progress bars need an interactive terminal; captured output gets the plain fallback.
            Interactive = IsConsole(writer) ? InteractionSupport.Detect : InteractionSupport.No,
        });

    private static bool IsConsole(TextWriter writer) =>
        (ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected) || (ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected);
}
