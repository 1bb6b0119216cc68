using System.Text;
using QRCoder;

namespace CredChain.Core.Qr;

/// <summary>
/// The one QR policy of CredChain (issuing service, portal, printed certificates and the CLI): error correction M
/// (15 % of the code may be lost), the standard 4-module quiet zone, 8 pixels per module in images, and a payload of
/// at most <see cref="MaxPayloadBytes"/> UTF-8 bytes so a phone still reads the code at certificate size.
/// </summary>
public static class QrPolicy
{
    /// <summary>The error-correction level, as QR scanners report it.</summary>
    public const string ErrorCorrection = "M";

    /// <summary>White modules around the code on every side (ISO/IEC 18004's minimum).</summary>
    public const int QuietZoneModules = 4;

    /// <summary>Image pixels (PNG) or user units (SVG) per module.</summary>
    public const int PixelsPerModule = 8;

    /// <summary>
    /// The largest payload accepted: 256 bytes is a QR version 12 at level M (65 modules with the quiet zone), still
    /// read by a phone from a 4 cm print. A verification URL is about 70 bytes.
    /// </summary>
    public const int MaxPayloadBytes = 256;

    /// <summary>The code's modules, the quiet zone included.</summary>
    /// <exception cref="ArgumentException">The payload is empty or longer than <see cref="MaxPayloadBytes"/>.</exception>
    public static QrModules Matrix(string payload)
    {
        using var data = Encode(payload);
        return QrModules.From(data.ModuleMatrix);
    }

    /// <summary>A black-on-white PNG of the code with its quiet zone.</summary>
    /// <exception cref="ArgumentException">The payload is empty or longer than <see cref="MaxPayloadBytes"/>.</exception>
    public static byte[] Png(string payload)
    {
        using var data = Encode(payload);
        using var png = new PngByteQRCode(data);
        return png.GetGraphic(PixelsPerModule, drawQuietZones: true);
    }

    /// <summary>A black-on-white SVG document of the code with its quiet zone.</summary>
    /// <exception cref="ArgumentException">The payload is empty or longer than <see cref="MaxPayloadBytes"/>.</exception>
    public static string Svg(string payload)
    {
        using var data = Encode(payload);
        using var svg = new SvgQRCode(data);
        return svg.GetGraphic(PixelsPerModule, "#000000", "#ffffff", drawQuietZones: true);
    }

    /// <summary>Whether <paramref name="payload"/> is within the policy (not empty, at most <see cref="MaxPayloadBytes"/>).</summary>
    public static bool Accepts(string payload) =>
        !string.IsNullOrEmpty(payload) && Encoding.UTF8.GetByteCount(payload) <= MaxPayloadBytes;

    private static QRCodeData Encode(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (!Accepts(payload))
        {
            throw new ArgumentException($"A QR payload must be 1 to {MaxPayloadBytes} UTF-8 bytes.", nameof(payload));
        }

        using var generator = new QRCodeGenerator();
        return generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
    }
}
