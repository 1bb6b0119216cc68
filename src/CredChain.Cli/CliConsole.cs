using System.CommandLine;
using Spectre.Console;

namespace CredChain.Cli;

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
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });
}
