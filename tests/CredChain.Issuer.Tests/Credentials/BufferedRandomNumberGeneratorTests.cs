using System.Collections.Concurrent;
using CredChain.Issuer.Credentials;

namespace CredChain.Issuer.Tests.Credentials;

/// <summary>The issuing generator hands every buffered random byte out once, to the range asked for, on every thread.</summary>
public sealed class BufferedRandomNumberGeneratorTests
{
    [Fact]
    public void GetBytes_SaltAndUuidSizedDrawsAcrossManyRefills_AreAllDistinctAndNeverZero()
    {
        using var random = new BufferedRandomNumberGenerator();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        // 10 bytes (a UUIDv7's random part) and 12 salts of 16 bytes, as a credential draws them: 202 bytes a credential,
        // so the 4 KiB buffer runs out in the middle of a draw again and again.
        for (var i = 0; i < 1_000; i++)
        {
            foreach (var size in new[] { 10, 12 * 16 })
            {
                var bytes = new byte[size];
                random.GetBytes(bytes);
                Assert.Contains(bytes, b => b != 0);
                Assert.True(seen.Add(Convert.ToHexString(bytes)));
            }
        }
    }

    [Fact]
    public void GetBytes_OffsetAndCount_FillsOnlyThatRange()
    {
        using var random = new BufferedRandomNumberGenerator();
        var data = Enumerable.Repeat((byte)0xAA, 48).ToArray();

        random.GetBytes(data, 8, 32);

        Assert.All(data[..8], b => Assert.Equal(0xAA, b));
        Assert.All(data[40..], b => Assert.Equal(0xAA, b));
        Assert.Contains(data[8..40], b => b != 0xAA);
    }

    [Fact]
    public void GetBytes_LargerThanTheBuffer_IsFilledWholeWithoutRepeats()
    {
        using var random = new BufferedRandomNumberGenerator();
        var data = new byte[64 * 1024];

        random.GetBytes(data);

        var blocks = Enumerable.Range(0, data.Length / 64).Select(i => Convert.ToHexString(data, i * 64, 64)).ToList();
        Assert.Equal(blocks.Count, blocks.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(Convert.ToHexString(new byte[64]), blocks);
    }

    [Fact]
    public void GetBytes_FromManyThreadsAtOnce_NeverHandsTheSameBytesTwice()
    {
        using var random = new BufferedRandomNumberGenerator();
        var drawn = new ConcurrentBag<string>();

        Parallel.For(0, 8_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
        {
            Span<byte> salt = stackalloc byte[16];
            random.GetBytes(salt);
            drawn.Add(Convert.ToHexString(salt));
        });

        Assert.Equal(8_000, drawn.Distinct(StringComparer.Ordinal).Count());
    }
}
