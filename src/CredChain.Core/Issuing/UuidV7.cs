using System.Security.Cryptography;

namespace CredChain.Core.Issuing;

/// <summary>RFC 9562 version-7 UUIDs: 48-bit Unix milliseconds, then 74 random bits.</summary>
public static class UuidV7
{
    /// <summary>Creates a UUIDv7 for the current time of <paramref name="timeProvider"/>.</summary>
    public static Guid NewGuid(TimeProvider timeProvider, RandomNumberGenerator random)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(random);
        var milliseconds = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        Span<byte> bytes = stackalloc byte[16];
        random.GetBytes(bytes[6..]);
        for (var i = 5; i >= 0; i--)
        {
            bytes[i] = (byte)milliseconds;
            milliseconds >>= 8;
        }

        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }
}
