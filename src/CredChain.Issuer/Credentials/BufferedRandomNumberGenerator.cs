using System.Security.Cryptography;

namespace CredChain.Issuer.Credentials;

/// <summary>
/// The operating system's cryptographic random generator (<see cref="RandomNumberGenerator.Fill"/>), drawn 4 KiB at a
/// time per thread and handed out in the small pieces issuing asks for: a credential's salts (16 bytes a leaf) and
/// its UUIDv7's random bits.
/// </summary>
/// <remarks>
/// Each call of the platform generator has a fixed cost (OpenSSL's <c>RAND_bytes</c> looks up its parameters and
/// clears its error queue every time) that two draws per credential paid half a million times in a bulk upload;
/// measured with <c>bench/CredChain.Bench.Cohort -- rng</c>. The bytes are the same generator's, each handed out once and
/// wiped from the buffer as it is; draws larger than a quarter of the buffer go to the platform directly.
/// </remarks>
internal sealed class BufferedRandomNumberGenerator : RandomNumberGenerator
{
    private const int BufferSize = 4096;

    [ThreadStatic]
    private static byte[]? t_buffer;

    [ThreadStatic]
    private static int t_next;

    public override void GetBytes(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        GetBytes(data.AsSpan());
    }

    public override void GetBytes(byte[] data, int offset, int count)
    {
        ArgumentNullException.ThrowIfNull(data);
        GetBytes(data.AsSpan(offset, count));
    }

    public override void GetBytes(Span<byte> data)
    {
        if (data.Length > BufferSize / 4)
        {
            Fill(data);
            return;
        }

        var buffer = t_buffer;
        if (buffer is null || BufferSize - t_next < data.Length)
        {
            buffer = t_buffer ??= new byte[BufferSize];
            Fill(buffer);
            t_next = 0;
        }

        var piece = buffer.AsSpan(t_next, data.Length);
        piece.CopyTo(data);
        CryptographicOperations.ZeroMemory(piece);
        t_next += data.Length;
    }
}
