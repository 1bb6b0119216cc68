using System.Diagnostics;

namespace CredChain.EndToEnd.Tests.Certificates;

/// <summary>What an employer's phone does with paper, done with Debian's tools: rasterise the page (poppler), read the QR (zbar).</summary>
public static class ScanTools
{
    public const string Chromium = "/usr/bin/chromium";
    private const string Pdftoppm = "/usr/bin/pdftoppm";
    private const string Zbarimg = "/usr/bin/zbarimg";
    private const string Pdftotext = "/usr/bin/pdftotext";

    public static IReadOnlyList<string> Missing() =>
        [.. new[] { Chromium, Pdftoppm, Zbarimg, Pdftotext }.Where(path => !File.Exists(path))];

    /// <summary>The text a reader of the PDF can extract (poppler's pdftotext), every page.</summary>
    public static Task<string> TextAsync(string pdfPath) => RunAsync(Pdftotext, "-enc", "UTF-8", pdfPath, "-");

    /// <summary>The first page as a PNG at <paramref name="dpi"/>, written next to the PDF; returns its path.</summary>
    public static async Task<string> RasteriseAsync(string pdfPath, int dpi = 150)
    {
        var stem = Path.ChangeExtension(pdfPath, null);
        await RunAsync(Pdftoppm, "-png", "-singlefile", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), pdfPath, stem);
        return stem + ".png";
    }

    /// <summary>The text of every QR code in the image, one per line.</summary>
    public static async Task<IReadOnlyList<string>> DecodeQrAsync(string imagePath)
    {
        var output = await RunAsync(Zbarimg, "--raw", "-q", "-Sdisable", "-Sqrcode.enable", imagePath);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static async Task<string> RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(file)} exited with {process.ExitCode}: {await stderr}");
        return await stdout;
    }
}
