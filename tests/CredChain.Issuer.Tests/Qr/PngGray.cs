using System.Buffers.Binary;
using System.IO.Compression;

namespace CredChain.Issuer.Tests.Qr;

/// <summary>Just enough PNG decoding (grayscale or palette, 1–8 bit, all filters) to hand QR images to ZXing as 8-bit luminance.</summary>
internal static class PngGray
{
    public static (byte[] Pixels, int Width, int Height) Decode(byte[] png)
    {
        var (header, palette, compressed) = ReadChunks(png);
        Assert.True(header.ColorType is 0 or 3, $"Unexpected PNG colour type {header.ColorType}.");
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        return (ToLuminance(inflated.ToArray(), header, palette), header.Width, header.Height);
    }

    /// <summary>The IHDR fields used here, the palette (if any) and the concatenated IDAT data.</summary>
    private static ((int Width, int Height, int BitDepth, int ColorType) Header, byte[]? Palette, byte[] Idat) ReadChunks(byte[] png)
    {
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        (int Width, int Height, int BitDepth, int ColorType) header = default;
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
                    header = (BinaryPrimitives.ReadInt32BigEndian(data), BinaryPrimitives.ReadInt32BigEndian(data[4..]), data[8], data[9]);
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

        return (header, palette, idat.ToArray());
    }

    /// <summary>Undoes each scanline's filter and maps every sample to 8-bit luminance.</summary>
    private static byte[] ToLuminance(byte[] raw, (int Width, int Height, int BitDepth, int ColorType) header, byte[]? palette)
    {
        var (width, height, bitDepth, colorType) = header;
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

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
