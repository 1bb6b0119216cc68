using QRCoder;

namespace CredChain.Issuer.Qr;

/// <summary>QR codes at error-correction level M (15 % recoverable) with the standard 4-module quiet zone.</summary>
internal static class QrRenderer
{
    private const int PixelsPerModule = 8;

    public static byte[] Png(Uri url)
    {
        using var data = Generate(url);
        using var png = new PngByteQRCode(data);
        return png.GetGraphic(PixelsPerModule, drawQuietZones: true);
    }

    public static string Svg(Uri url)
    {
        using var data = Generate(url);
        using var svg = new SvgQRCode(data);
        return svg.GetGraphic(PixelsPerModule, "#000000", "#ffffff", drawQuietZones: true);
    }

    private static QRCodeData Generate(Uri url)
    {
        using var generator = new QRCodeGenerator();
        return generator.CreateQrCode(url.AbsoluteUri, QRCodeGenerator.ECCLevel.M);
    }
}
