using System.Buffers.Binary;
using System.Globalization;
using System.Xml.Linq;
using CredChain.Core.Qr;
using ZXing;
using ZXing.Common;

namespace CredChain.Core.Tests.Qr;

public sealed class QrPolicyTests
{
    private const string Url = "https://verify.example.edu.cn/v/01937a2b-7c4d-7e8f-9a0b-1c2d3e4f5a6b";

    [Fact]
    public void Matrix_DecodesWithAnIndependentReader_AtLevelM()
    {
        var (text, level) = Decode(QrPolicy.Matrix(Url));

        Assert.Equal((Url, "M"), (text, level));
    }

    [Fact]
    public void Matrix_HasAFourModuleQuietZone_AndTheFinderPatternJustInsideIt()
    {
        var modules = QrPolicy.Matrix(Url);
        var edge = Enumerable.Range(0, modules.Size).SelectMany(i => Enumerable.Range(0, modules.Size).Select(j => (i, j)))
            .Where(p => Math.Min(Math.Min(p.i, p.j), modules.Size - 1 - Math.Max(p.i, p.j)) < QrPolicy.QuietZoneModules);

        Assert.Equal((0, true), (edge.Count(p => modules[p.i, p.j]), modules[QrPolicy.QuietZoneModules, QrPolicy.QuietZoneModules]));
    }

    [Fact]
    public void Png_IsEightPixelsPerModule_OfTheSameMatrix()
    {
        var png = QrPolicy.Png(Url);
        var side = QrPolicy.Matrix(Url).Size * QrPolicy.PixelsPerModule;

        Assert.Equal("PNG", System.Text.Encoding.ASCII.GetString(png, 1, 3));
        Assert.Equal((side, side), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
    }

    [Fact]
    public void Svg_IsEightUnitsPerModule_OfTheSameMatrix()
    {
        var root = XDocument.Parse(QrPolicy.Svg(Url)).Root!;
        var modules = QrPolicy.Matrix(Url).Size;
        var viewBox = (string)root.Attribute("viewBox")!;
        var width = int.Parse(((string)root.Attribute("width")!).Replace("px", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

        Assert.Equal(("svg", $"0 0 {modules} {modules}", modules * QrPolicy.PixelsPerModule), (root.Name.LocalName, viewBox, width));
    }

    [Fact]
    public void LargestPayload_IsAcceptedAndReadsBack()
    {
        var payload = Url + "?" + new string('x', QrPolicy.MaxPayloadBytes - Url.Length - 1);

        Assert.Equal((true, payload), (QrPolicy.Accepts(payload), Decode(QrPolicy.Matrix(payload)).Text));
    }

    [Theory]
    [InlineData(QrPolicy.MaxPayloadBytes + 1)]
    [InlineData(0)]
    public void PayloadOutsideThePolicy_IsRefusedByEveryOutput(int length)
    {
        var payload = new string('x', length);

        Assert.False(QrPolicy.Accepts(payload));
        Assert.Throws<ArgumentException>(() => QrPolicy.Matrix(payload));
        Assert.Throws<ArgumentException>(() => QrPolicy.Png(payload));
        Assert.Throws<ArgumentException>(() => QrPolicy.Svg(payload));
    }

    [Fact]
    public void Limit_CountsUtf8Bytes_NotCharacters()
    {
        var chinese = new string('清', (QrPolicy.MaxPayloadBytes / 3) + 1);

        Assert.False(QrPolicy.Accepts(chinese));
    }

    /// <summary>Draws the modules at 4 px each and hands them to ZXing.</summary>
    private static (string? Text, string? Level) Decode(QrModules modules)
    {
        const int Scale = 4;
        var side = modules.Size * Scale;
        var gray = new byte[side * side];
        for (var y = 0; y < side; y++)
        {
            for (var x = 0; x < side; x++)
            {
                gray[(y * side) + x] = modules[y / Scale, x / Scale] ? (byte)0 : (byte)255;
            }
        }

        var reader = new BarcodeReaderGeneric { Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.QR_CODE], PureBarcode = true } };
        var result = reader.Decode(new RGBLuminanceSource(gray, side, side, RGBLuminanceSource.BitmapFormat.Gray8));
        return (result?.Text, result?.ResultMetadata[ResultMetadataType.ERROR_CORRECTION_LEVEL].ToString());
    }
}
