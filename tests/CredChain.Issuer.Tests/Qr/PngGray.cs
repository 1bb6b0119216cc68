using System.Buffers.Binary;
using System.IO.Compression;

namespace CredChain.Issuer.Tests.Qr;

/// <summary>Just enough PNG decoding (grayscale or palette, 1–8 bit, all filters) to hand QR images to ZXing as 8-bit luminance.</summary>
internal static class PngGray
{
    public static (byte[] Pixels, int Width, int Height) Decode(byte[] png)
    {
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        int width = 0, height = 0, bitDepth = 0, colorType = 0;
        byte[]? palette = null;
        using var idat = new MemoryStream();
        for (var offset = 8; offset < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(png, offset + 4, 4);
            var data = png.AsSpan(offset + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    bitDepth = data[8];
                    colorType = data[9];
                    break;
                case "PLTE":
                    palette = data.ToArray();
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
            }

            offset += 12 + length;
        }

        Assert.True(colorType is 0 or 3, $"Unexpected PNG colour type {colorType}.");
        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        var stride = ((width * bitDepth) + 7) / 8;
        var previous = new byte[stride];
        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var line = raw.AsSpan((y * (stride + 1)) + 1, stride).ToArray();
            for (var x = 0; x < stride; x++)
            {
                var left = x > 0 ? line[x - 1] : 0;
                var up = previous[x];
                var upLeft = x > 0 ? previous[x - 1] : 0;
                line[x] = (byte)(line[x] + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    _ => Paeth(left, up, upLeft),
                });
            }

            for (var x = 0; x < width; x++)
            {
                var bit = x * bitDepth;
                var value = (line[bit / 8] >> (8 - bitDepth - (bit % 8))) & ((1 << bitDepth) - 1);
                pixels[(y * width) + x] = colorType == 3 ? palette![value * 3] : (byte)(value * 255 / ((1 << bitDepth) - 1));
            }

            previous = line;
        }

        return (pixels, width, height);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
