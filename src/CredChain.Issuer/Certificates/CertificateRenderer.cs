using System.Globalization;
using CredChain.Core.Qr;
using CredChain.Core.Sharing;
using Microsoft.Extensions.Options;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CredChain.Issuer.Certificates;

/// <summary>Renders one bilingual A4 landscape certificate page with PDFsharp (fonts embedded as subsets).</summary>
internal sealed class CertificateRenderer
{
    private const double Width = 842;
    private const double Height = 595;
    private static readonly XColor Ink = XColor.FromArgb(0x1f, 0x2a, 0x44);
    private static readonly XColor Accent = XColor.FromArgb(0x9a, 0x6b, 0x1f);
    private readonly CertificateOptions _options;
    private readonly byte[]? _logo;

    public CertificateRenderer(IOptions<CertificateOptions> options)
    {
        _options = options.Value;
        if (_options.Enabled)
        {
            _logo = string.IsNullOrEmpty(_options.LogoFile) ? null : File.ReadAllBytes(_options.LogoFile);
            CertificateFonts.Install(_options);
        }
    }

    public byte[] Render(CertificateContent content)
    {
        using var output = new MemoryStream(64 * 1024);
        Render(content, output);
        return output.ToArray();
    }

    public void Render(CertificateContent content, Stream output)
    {
        using var document = new PdfDocument();
        // Most of a page's bytes are the embedded font subsets; the fastest Flate level costs a few KiB per page and
        // saves a third of its CPU (bench/CredChain.Bench.Certificates).
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        document.Info.Title = $"{CertificateText.TitleZh} {CertificateText.TitleEn} {content.CredentialId}";
        document.Info.Creator = "CredChain";
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(Width);
        page.Height = XUnit.FromPoint(Height);
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            DrawFrame(gfx);
            DrawBody(gfx, content);
            DrawFooter(gfx, content);
            DrawQr(gfx, content.QrLink, Width - 60 - 120, Height - 60 - 150, 120);
        }

        document.Save(output, closeStream: false);
    }

    private void DrawFrame(XGraphics gfx)
    {
        gfx.DrawRectangle(new XPen(Accent, 3), 20, 20, Width - 40, Height - 40);
        gfx.DrawRectangle(new XPen(Accent, 0.8), 28, 28, Width - 56, Height - 56);
        if (_logo is not null)
        {
            using var stream = new MemoryStream(_logo, writable: false);
            using var image = XImage.FromStream(stream);
            gfx.DrawImage(image, 50, 45, 56, 56);
        }
    }

    private void DrawBody(XGraphics gfx, CertificateContent c)
    {
        var ink = new XSolidBrush(Ink);
        var accent = new XSolidBrush(Accent);
        var centre = Width / 2;
        Line(gfx, c.Institution.Zh, 22, true, ink, centre, 78);
        Line(gfx, c.Institution.En, 14, false, ink, centre, 100);
        MixedText.Draw(gfx, $"{CertificateText.TitleZh}  {CertificateText.TitleEn.ToUpperInvariant()}", 26, true, accent, centre, 145, centre: true);
        MixedText.Draw(gfx, $"{CertificateText.CertifiesZh}  {CertificateText.CertifiesEn}", 11, false, ink, centre, 180, centre: true);
        Line(gfx, c.Holder.Zh, 26, true, ink, centre, 218);
        Line(gfx, c.Holder.En, 18, false, ink, centre, c.Holder.Zh.Length > 0 ? 244 : 218);
        MixedText.Draw(gfx, $"{CertificateText.AwardedZh}  {CertificateText.AwardedEn}", 11, false, ink, centre, 272, centre: true);
        var y = 300.0;
        foreach (var (zh, en) in c.Achievements.Take(4))
        {
            var text = zh.Length > 0 && en.Length > 0 ? $"{zh}  {en}" : zh + en;
            MixedText.Draw(gfx, text, 15, false, ink, centre, y, centre: true);
            y += 22;
        }

        if (!string.IsNullOrEmpty(_options.WordingZh) || !string.IsNullOrEmpty(_options.WordingEn))
        {
            Line(gfx, _options.WordingZh ?? "", 10, false, ink, centre, y + 6);
            Line(gfx, _options.WordingEn ?? "", 10, false, ink, centre, y + 20);
        }
    }

    private static void DrawFooter(XGraphics gfx, CertificateContent c)
    {
        var ink = new XSolidBrush(Ink);
        var until = c.ValidUntil is { } end ? Date(end) : $"{CertificateText.NoEndZh} / {CertificateText.NoEndEn}";
        string[] lines =
        [
            $"{CertificateText.IssuedZh} {CertificateText.IssuedEn}:  {Date(c.ValidFrom)}",
            $"{CertificateText.UntilZh} {CertificateText.UntilEn}:  {until}",
            $"{CertificateText.IdZh} {CertificateText.IdEn}:  {c.CredentialId}",
        ];
        var y = Height - 150.0;
        foreach (var line in lines)
        {
            MixedText.Draw(gfx, line, 10, false, ink, 60, y, centre: false);
            y += 17;
        }

        if (c.Code is not null)
        {
            MixedText.Draw(gfx, $"{CertificateText.CodeZh} {CertificateText.CodeEn}:", 10, false, ink, 60, y, centre: false);
            gfx.DrawString(ShareCode.Format(c.Code), new XFont(CertificateFonts.Latin, 14, XFontStyleEx.Bold), ink, 60, y + 19);
            MixedText.Draw(gfx, $"{CertificateText.TypeCodeZh} {CertificateText.TypeCodeEn}{c.QrLink.GetLeftPart(UriPartial.Authority)}/s", 8, false, ink, 60, y + 34, centre: false);
        }

        MixedText.Draw(gfx, CertificateText.CompareZh, 8, false, ink, Width / 2, Height - 50, centre: true);
        MixedText.Draw(gfx, CertificateText.CompareEn, 8, false, ink, Width / 2, Height - 39, centre: true);
    }

    /// <summary>The QR code (<see cref="QrPolicy"/>) as vector squares, one rectangle per dark run of a row, with its quiet zone.</summary>
    private static void DrawQr(XGraphics gfx, Uri link, double x, double y, double size)
    {
        var matrix = QrPolicy.Matrix(link.AbsoluteUri);
        var module = size / matrix.Size;
        gfx.DrawRectangle(XBrushes.White, x, y, size, size);
        for (var row = 0; row < matrix.Size; row++)
        {
            for (var col = 0; col < matrix.Size; col++)
            {
                var start = col;
                while (col < matrix.Size && matrix[row, col])
                {
                    col++;
                }

                if (col > start)
                {
                    gfx.DrawRectangle(XBrushes.Black, x + (start * module), y + (row * module), (col - start) * module, module);
                }
            }
        }

        MixedText.Draw(gfx, $"{CertificateText.ScanZh}  {CertificateText.ScanEn}", 9, false, new XSolidBrush(Ink), x + (size / 2), y + size + 14, centre: true);
    }

    private static void Line(XGraphics gfx, string text, double size, bool bold, XBrush brush, double centre, double y)
    {
        if (text.Length > 0)
        {
            MixedText.Draw(gfx, text, size, bold, brush, centre, y, centre: true);
        }
    }

    private static string Date(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
