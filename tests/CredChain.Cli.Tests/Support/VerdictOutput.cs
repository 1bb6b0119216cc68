using System.Text.Json;

namespace CredChain.Cli.Tests.Support;

/// <summary>The parts of <c>credchain verify --json</c> output the tests compare: the status and each check as "kind status".</summary>
internal static class VerdictOutput
{
    public static string Status(CliRun run) => JsonDocument.Parse(run.Output).RootElement.GetProperty("status").GetString()!;

    public static List<string> Checks(CliRun run) =>
        [.. JsonDocument.Parse(run.Output).RootElement.GetProperty("checks").EnumerateArray().Select(c => $"{c.GetProperty("kind").GetString()} {c.GetProperty("status").GetString()}")];
}
