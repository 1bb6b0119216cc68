using System.Globalization;
using System.Xml.Linq;
using SkiaSharp;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace CredChain.Verifier.Tests.Qr;

/// <summary>Decodes QR images with ZXing, independently of the library that drew them.</summary>
internal static class QrDecoder
{
    public static string? DecodePng(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        var gray = new byte[bitmap.Width * bitmap.Height];
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                gray[(y * bitmap.Width) + x] = (byte)((c.Red + c.Green + c.Blue) / 3);
            }
        }

        return Decode(gray, bitmap.Width, bitmap.Height);
    }

    /// <summary>Rasterises the SVG's filled rectangles (QRCoder draws modules as rects or one path of unit squares).</summary>
    public static string? DecodeSvg(string svg)
    {
        var root = XDocument.Parse(svg).Root!;
        var viewBox = ((string?)root.Attribute("viewBox"))?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var width = (int)Math.Ceiling(viewBox?[2] ?? double.Parse(((string)root.Attribute("width")!).Replace("px", "", StringComparison.Ordinal), CultureInfo.InvariantCulture));
        var height = (int)Math.Ceiling(viewBox?[3] ?? double.Parse(((string)root.Attribute("height")!).Replace("px", "", StringComparison.Ordinal), CultureInfo.InvariantCulture));
        using var bitmap = new SKBitmap(width, height);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        using var black = new SKPaint { Color = SKColors.Black, IsAntialias = false, Style = SKPaintStyle.Fill };
        foreach (var element in root.Descendants())
        {
            var fill = (string?)element.Attribute("fill");
            if (fill is null || fill.Equals("#ffffff", StringComparison.OrdinalIgnoreCase) || fill.Equals("white", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (element.Name.LocalName == "rect")
            {
                canvas.DrawRect(Attr(element, "x"), Attr(element, "y"), Attr(element, "width"), Attr(element, "height"), black);
            }
            else if (element.Name.LocalName == "path")
            {
                using var path = SKPath.ParseSvgPathData((string)element.Attribute("d")!);
                canvas.DrawPath(path, black);
            }
        }

        var gray = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                gray[(y * width) + x] = bitmap.GetPixel(x, y).Red;
            }
        }

        return Decode(gray, width, height);
    }

    private static float Attr(XElement e, string name) =>
        float.Parse((string?)e.Attribute(name) ?? "0", CultureInfo.InvariantCulture);

    private static string? Decode(byte[] gray, int width, int height)
    {
        var source = new RGBLuminanceSource(gray, width, height, RGBLuminanceSource.BitmapFormat.Gray8);
        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), new Dictionary<DecodeHintType, object> { [DecodeHintType.PURE_BARCODE] = true });
        return result?.Text;
    }
}
