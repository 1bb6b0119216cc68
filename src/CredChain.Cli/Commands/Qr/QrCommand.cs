using System.CommandLine;
using CredChain.Cli.Infrastructure;
using QRCoder;

namespace CredChain.Cli.Commands.Qr;

/// <summary><c>credchain qr</c>: a QR code for a URL (error correction M, standard quiet zone), as PNG or SVG.</summary>
internal sealed class QrCommand : Command
{
    private const int PixelsPerModule = 10;

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
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        if (output.Extension.Equals(".svg", StringComparison.OrdinalIgnoreCase))
        {
            var svg = new SvgQRCode(data).GetGraphic(PixelsPerModule, "#000000", "#ffffff", drawQuietZones: true);
            await File.WriteAllTextAsync(output.FullName, svg, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var png = new PngByteQRCode(data).GetGraphic(PixelsPerModule, drawQuietZones: true);
            await File.WriteAllBytesAsync(output.FullName, png, cancellationToken).ConfigureAwait(false);
        }

        await parseResult.InvocationConfiguration.Output.WriteLineAsync($"Wrote {output.FullName} ({data.ModuleMatrix.Count} modules square with the quiet zone, error correction M).".AsMemory(), cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
