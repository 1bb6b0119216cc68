using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace CredChain.Core.Hashing;

/// <summary>
/// Keccak-f[1600] on four independent states at once: lane <c>i</c> of the state is a <see cref="Vector256{T}"/>
/// whose element <c>k</c> belongs to state <c>k</c>. The same steps as the scalar permutation in
/// <see cref="Keccak256"/>, with a rotation as two shifts and an or (AVX2 has no 64-bit rotate) and chi's
/// <c>~x &amp; y</c> as one and-not.
/// </summary>
internal static class KeccakF1600x4
{
    /// <summary>Permutes the 25 lanes of <paramref name="s"/> in place.</summary>
    public static void Permute(Span<Vector256<ulong>> s)
    {
        Vector256<ulong> a00 = s[0], a01 = s[1], a02 = s[2], a03 = s[3], a04 = s[4];
        Vector256<ulong> a05 = s[5], a06 = s[6], a07 = s[7], a08 = s[8], a09 = s[9];
        Vector256<ulong> a10 = s[10], a11 = s[11], a12 = s[12], a13 = s[13], a14 = s[14];
        Vector256<ulong> a15 = s[15], a16 = s[16], a17 = s[17], a18 = s[18], a19 = s[19];
        Vector256<ulong> a20 = s[20], a21 = s[21], a22 = s[22], a23 = s[23], a24 = s[24];

        var rc = Keccak256.RoundConstants;
        for (var round = 0; round < 24; round++)
        {
            // Theta
            var c0 = a00 ^ a05 ^ a10 ^ a15 ^ a20;
            var c1 = a01 ^ a06 ^ a11 ^ a16 ^ a21;
            var c2 = a02 ^ a07 ^ a12 ^ a17 ^ a22;
            var c3 = a03 ^ a08 ^ a13 ^ a18 ^ a23;
            var c4 = a04 ^ a09 ^ a14 ^ a19 ^ a24;
            var d0 = c4 ^ Rol(c1, 1);
            var d1 = c0 ^ Rol(c2, 1);
            var d2 = c1 ^ Rol(c3, 1);
            var d3 = c2 ^ Rol(c4, 1);
            var d4 = c3 ^ Rol(c0, 1);

            // Rho and pi: b[y, 2x+3y] = rot(a[x, y] ^ d[x], r[x, y])
            var b00 = a00 ^ d0;
            var b10 = Rol(a01 ^ d1, 1);
            var b20 = Rol(a02 ^ d2, 62);
            var b05 = Rol(a03 ^ d3, 28);
            var b15 = Rol(a04 ^ d4, 27);
            var b16 = Rol(a05 ^ d0, 36);
            var b01 = Rol(a06 ^ d1, 44);
            var b11 = Rol(a07 ^ d2, 6);
            var b21 = Rol(a08 ^ d3, 55);
            var b06 = Rol(a09 ^ d4, 20);
            var b07 = Rol(a10 ^ d0, 3);
            var b17 = Rol(a11 ^ d1, 10);
            var b02 = Rol(a12 ^ d2, 43);
            var b12 = Rol(a13 ^ d3, 25);
            var b22 = Rol(a14 ^ d4, 39);
            var b23 = Rol(a15 ^ d0, 41);
            var b08 = Rol(a16 ^ d1, 45);
            var b18 = Rol(a17 ^ d2, 15);
            var b03 = Rol(a18 ^ d3, 21);
            var b13 = Rol(a19 ^ d4, 8);
            var b14 = Rol(a20 ^ d0, 18);
            var b24 = Rol(a21 ^ d1, 2);
            var b09 = Rol(a22 ^ d2, 61);
            var b19 = Rol(a23 ^ d3, 56);
            var b04 = Rol(a24 ^ d4, 14);

            // Chi
            a00 = b00 ^ Vector256.AndNot(b02, b01);
            a01 = b01 ^ Vector256.AndNot(b03, b02);
            a02 = b02 ^ Vector256.AndNot(b04, b03);
            a03 = b03 ^ Vector256.AndNot(b00, b04);
            a04 = b04 ^ Vector256.AndNot(b01, b00);
            a05 = b05 ^ Vector256.AndNot(b07, b06);
            a06 = b06 ^ Vector256.AndNot(b08, b07);
            a07 = b07 ^ Vector256.AndNot(b09, b08);
            a08 = b08 ^ Vector256.AndNot(b05, b09);
            a09 = b09 ^ Vector256.AndNot(b06, b05);
            a10 = b10 ^ Vector256.AndNot(b12, b11);
            a11 = b11 ^ Vector256.AndNot(b13, b12);
            a12 = b12 ^ Vector256.AndNot(b14, b13);
            a13 = b13 ^ Vector256.AndNot(b10, b14);
            a14 = b14 ^ Vector256.AndNot(b11, b10);
            a15 = b15 ^ Vector256.AndNot(b17, b16);
            a16 = b16 ^ Vector256.AndNot(b18, b17);
            a17 = b17 ^ Vector256.AndNot(b19, b18);
            a18 = b18 ^ Vector256.AndNot(b15, b19);
            a19 = b19 ^ Vector256.AndNot(b16, b15);
            a20 = b20 ^ Vector256.AndNot(b22, b21);
            a21 = b21 ^ Vector256.AndNot(b23, b22);
            a22 = b22 ^ Vector256.AndNot(b24, b23);
            a23 = b23 ^ Vector256.AndNot(b20, b24);
            a24 = b24 ^ Vector256.AndNot(b21, b20);

            // Iota
            a00 ^= Vector256.Create(rc[round]);
        }

        s[0] = a00; s[1] = a01; s[2] = a02; s[3] = a03; s[4] = a04;
        s[5] = a05; s[6] = a06; s[7] = a07; s[8] = a08; s[9] = a09;
        s[10] = a10; s[11] = a11; s[12] = a12; s[13] = a13; s[14] = a14;
        s[15] = a15; s[16] = a16; s[17] = a17; s[18] = a18; s[19] = a19;
        s[20] = a20; s[21] = a21; s[22] = a22; s[23] = a23; s[24] = a24;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ulong> Rol(Vector256<ulong> x, [ConstantExpected(Min = 1, Max = 63)] int n) => (x << n) | (x >>> (64 - n));
}
