using Microsoft.Extensions.Caching.Memory;
using QRCoder;

namespace CredChain.Verifier.Qr;

/// <summary>
/// Renders QR codes for URLs the server knows (never for secret-bearing share links, which the browser draws).
/// Error correction M, the standard 4-module quiet zone, results cached by content.
/// </summary>
internal sealed class QrImageRenderer(IMemoryCache cache)
{
    public const int PixelsPerModule = 8;

    public byte[] Png(string text) =>
        cache.GetOrCreate(("qr-png", text), entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            using var data = Encode(text);
            return new PngByteQRCode(data).GetGraphic(PixelsPerModule, drawQuietZones: true);
        })!;

    public string Svg(string text) =>
        cache.GetOrCreate(("qr-svg", text), entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            using var data = Encode(text);
            return new SvgQRCode(data).GetGraphic(PixelsPerModule, "#000000", "#ffffff", drawQuietZones: true);
        })!;

    private static QRCodeData Encode(string text)
    {
        using var generator = new QRCodeGenerator();
        return generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
    }
}
