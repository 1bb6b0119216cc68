using System.Collections;

namespace CredChain.Core.Qr;

/// <summary>A QR code as a square of modules (true = dark), the quiet zone included, for drawing it as vectors.</summary>
public sealed class QrModules
{
    private readonly bool[] _dark;

    private QrModules(int size, bool[] dark)
    {
        Size = size;
        _dark = dark;
    }

    /// <summary>Modules per side, the quiet zone on both sides included.</summary>
    public int Size { get; }

    /// <summary>Whether the module at <paramref name="row"/>, <paramref name="column"/> is dark.</summary>
    public bool this[int row, int column]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(row);
            ArgumentOutOfRangeException.ThrowIfNegative(column);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Size);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Size);
            return _dark[(row * Size) + column];
        }
    }

    internal static QrModules From(List<BitArray> rows)
    {
        var size = rows.Count;
        var dark = new bool[size * size];
        for (var row = 0; row < size; row++)
        {
            for (var column = 0; column < size; column++)
            {
                dark[(row * size) + column] = rows[row][column];
            }
        }

        return new QrModules(size, dark);
    }
}
