using System.Security.Cryptography;

namespace CredChain.Ethereum.Tests.Support;

internal static class Bytes32
{
    /// <summary>A random 32-byte value: every test uses its own roots and hashes, so tests stay independent.</summary>
    public static byte[] Random() => RandomNumberGenerator.GetBytes(32);

    public static List<byte[]> Random(int count) => Enumerable.Range(0, count).Select(_ => Random()).ToList();
}
