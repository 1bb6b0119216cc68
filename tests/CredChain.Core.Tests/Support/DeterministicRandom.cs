using System.Buffers.Binary;
using System.Security.Cryptography;
using CredChain.Core.Hashing;

namespace CredChain.Core.Tests.Support;

/// <summary>A reproducible byte stream (keccak256(seed || counter) blocks) standing in for the CSPRNG in tests and vectors.</summary>
internal sealed class DeterministicRandom(ulong seed) : RandomNumberGenerator
{
    private ulong _counter;

    public override void GetBytes(byte[] data) => GetBytes(data.AsSpan());

    public override void GetBytes(Span<byte> data)
    {
        Span<byte> input = stackalloc byte[16];
        Span<byte> block = stackalloc byte[32];
        BinaryPrimitives.WriteUInt64BigEndian(input, seed);
        while (!data.IsEmpty)
        {
            BinaryPrimitives.WriteUInt64BigEndian(input[8..], _counter++);
            Keccak256.Hash(input, block);
            var take = Math.Min(block.Length, data.Length);
            block[..take].CopyTo(data);
            data = data[take..];
        }
    }

    public override void GetNonZeroBytes(byte[] data) => throw new NotSupportedException();
}
