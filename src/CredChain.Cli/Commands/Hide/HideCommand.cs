using System.CommandLine;
using CredChain.Cli.Infrastructure;
using CredChain.Core.Disclosure;
using CredChain.Core.Documents;

namespace CredChain.Cli.Commands.Hide;

/// <summary><c>credchain hide</c>: selective disclosure. The reduced document still verifies; the hidden values are gone from it.</summary>
internal sealed class HideCommand : Command
{
    private const string Examples = """

        Examples:
          credchain hide credential.json --path /credentialSubject/studentNumber --out shared.json
          credchain hide credential.json --path /credentialSubject/name/en --path /credentialSubject/graduationYear > shared.json
        """;

    private readonly Argument<FileInfo> _file = new("file") { Description = "The credential document (JSON)." };

    private readonly Option<string[]> _paths = new("--path")
    {
        Description = "JSON Pointer of a field to hide (e.g. /credentialSubject/studentNumber). Repeat for several.",
        Required = true,
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<FileInfo> _out = new("--out") { Description = "Where to write the reduced document (default: standard output)." };

    public HideCommand()
        : base("hide", "Hide fields of a credential (selective disclosure) and write the reduced document, which still verifies." + Examples)
    {
        Arguments.Add(_file);
        Options.Add(_paths);
        Options.Add(_out);
        SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(parseResult, () => ExecuteAsync(parseResult, cancellationToken)));
    }

    private async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var file = parseResult.GetRequiredValue(_file);
        if (!file.Exists)
        {
            throw new CliException($"{file.FullName} does not exist.");
        }

        var bytes = await File.ReadAllBytesAsync(file.FullName, cancellationToken).ConfigureAwait(false);
        CredentialDocument reduced;
        try
        {
            reduced = SelectiveDisclosure.Hide(CredentialDocument.Parse(bytes), parseResult.GetRequiredValue(_paths));
        }
        catch (CredentialFormatException ex)
        {
            throw new CliException($"{file.Name} is not a credential document: {ex.Message}", ex);
        }
        catch (DisclosureException ex)
        {
            throw new CliException($"cannot hide {ex.Path}: {ex.Message}", ex);
        }

        var json = reduced.ToJsonString(indented: true);
        if (parseResult.GetValue(_out) is { } output)
        {
            await File.WriteAllTextAsync(output.FullName, json + Environment.NewLine, cancellationToken).ConfigureAwait(false);
            await parseResult.InvocationConfiguration.Error.WriteLineAsync(
                $"Wrote {output.FullName} ({reduced.Proof.HiddenLeaves.Length} hidden field(s)).").ConfigureAwait(false);
        }
        else
        {
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(json.AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}
