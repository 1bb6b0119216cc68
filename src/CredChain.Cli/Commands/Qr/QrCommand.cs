using System.CommandLine;
using CredChain.Cli.Infrastructure;
using CredChain.Core.Qr;

namespace CredChain.Cli.Commands.Qr;

/// <summary><c>credchain qr</c>: a QR code for a URL by the one <see cref="QrPolicy"/>, as PNG or SVG.</summary>
internal sealed class QrCommand : Command
{
    private const string Examples = """

        Examples:
          credchain qr http://127.0.0.1:5080/v/01a2224c-484c-7580-a96a-adc884637d8d --out certificate-qr.png
          credchain qr https://verify.example.edu.cn/v/01a2224c-484c-7580-a96a-adc884637d8d --out qr.svg
        """;

    private readonly Argument<Uri> _url = new("url")
    {
        Description = "The URL to encode (e.g. the portal's page for a credential).",
        CustomParser = UriOptionParser.Parse!,
    };

    private readonly Option<FileInfo> _out = new("--out")
    {
        Description = "Output file; .png or .svg decides the format.",
        Required = true,
    };

    public QrCommand()
        : base("qr", "Write a QR code (error correction M) for a URL as PNG or SVG." + Examples)
    {
        Arguments.Add(_url);
        Options.Add(_out);
        _out.Validators.Add(result =>
        {
            var extension = Path.GetExtension(result.GetValueOrDefault<FileInfo>()?.Name ?? "").ToLowerInvariant();
            if (extension is not (".png" or ".svg"))
            {
                result.AddError("--out must end in .png or .svg.");
            }
        });
        SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(parseResult, () => ExecuteAsync(parseResult, cancellationToken)));
    }

    private async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var url = parseResult.GetRequiredValue(_url).ToString();
        var output = parseResult.GetRequiredValue(_out);
        if (!QrPolicy.Accepts(url))
        {
            await parseResult.InvocationConfiguration.Error.WriteLineAsync($"The URL is longer than a QR code here holds ({QrPolicy.MaxPayloadBytes} bytes).".AsMemory(), cancellationToken).ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        if (output.Extension.Equals(".svg", StringComparison.OrdinalIgnoreCase))
        {
            await File.WriteAllTextAsync(output.FullName, QrPolicy.Svg(url), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await File.WriteAllBytesAsync(output.FullName, QrPolicy.Png(url), cancellationToken).ConfigureAwait(false);
        }

        var modules = QrPolicy.Matrix(url).Size;
        await parseResult.InvocationConfiguration.Output.WriteLineAsync($"Wrote {output.FullName} ({modules} modules square with the quiet zone, error correction {QrPolicy.ErrorCorrection}).".AsMemory(), cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
