using System.Diagnostics;
using System.Security.Cryptography;
using CredChain.Issuer.Credentials;

namespace CredChain.Bench.Cohort;

/// <summary>
/// <c>-- rng [credentials]</c>: the random draws of issuing (a UUIDv7's 10 bytes and twelve 16-byte salts per
/// credential, the cohort's shape) from the platform generator and from the issuing service's buffered one,
/// alternately, on one thread; prints the process CPU time of each round.
/// </summary>
internal static class RandomDrawBench
{
    public static void Run(int credentials)
    {
        using var platform = RandomNumberGenerator.Create();
        using var buffered = new BufferedRandomNumberGenerator();
        Console.WriteLine($"Random draws of {credentials:N0} credentials (10 + 12 × 16 bytes each), one thread, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        Draw(platform, credentials / 10);
        Draw(buffered, credentials / 10);
        for (var round = 1; round <= 3; round++)
        {
            Console.WriteLine($"  round {round}: platform {Draw(platform, credentials),7:N0} ms CPU, buffered {Draw(buffered, credentials),7:N0} ms CPU");
        }
    }

    private static double Draw(RandomNumberGenerator random, int credentials)
    {
        Span<byte> uuid = stackalloc byte[10];
        Span<byte> salts = stackalloc byte[12 * 16];
        var start = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < credentials; i++)
        {
            random.GetBytes(uuid);
            random.GetBytes(salts);
        }

        return (Process.GetCurrentProcess().TotalProcessorTime - start).TotalMilliseconds;
    }
}
