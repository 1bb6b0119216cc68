using System.Buffers;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CredChain.Core.Hashing;

/// <summary>
/// Keccak-256 (as <see cref="Keccak256"/>) of four independent messages at once, one per element of a
/// <see cref="Vector256{T}"/>: where many hashes are needed (the leaves of a credential, the pairs of a Merkle level)
/// this is much cheaper per hash than one message at a time. Messages may have any lengths, equal or not.
/// Without 256-bit vector hardware every method falls back to <see cref="Keccak256"/>, with the same results.
/// Allocation-free for up to 256 messages per call, and thread-safe.
/// </summary>
public static class Keccak256x4
{
    private const int Rate = Keccak256.Rate;
    private const int StackMessages = 256;

    /// <summary>True when four messages are really hashed at once (AVX2 on x64), false when the methods fall back to one at a time.</summary>
    public static bool IsHardwareAccelerated => Vector256.IsHardwareAccelerated && BitConverter.IsLittleEndian;

    /// <summary>Hashes four messages into <c>destination[0..4]</c>, in order.</summary>
    /// <exception cref="ArgumentException">The destination holds fewer than four hashes.</exception>
    public static void Hash(ReadOnlySpan<byte> message0, ReadOnlySpan<byte> message1, ReadOnlySpan<byte> message2, ReadOnlySpan<byte> message3, Span<Hash32> destination)
    {
        if (destination.Length < 4)
        {
            throw new ArgumentException("The destination needs 4 hashes.", nameof(destination));
        }

        if (IsHardwareAccelerated)
        {
            HashVectorized(message0, message1, message2, message3, destination);
        }
        else
        {
            destination[0] = Keccak256.Hash(message0);
            destination[1] = Keccak256.Hash(message1);
            destination[2] = Keccak256.Hash(message2);
            destination[3] = Keccak256.Hash(message3);
        }
    }

    /// <summary>
    /// Hashes the messages laid end to end in <paramref name="data"/>: message <c>i</c> is
    /// <c>data[offsets[i]..offsets[i + 1]]</c> and its hash goes to <c>destination[i]</c>. Messages are grouped four
    /// at a time by the number of blocks they need, so a mix of short and long messages wastes little.
    /// </summary>
    /// <exception cref="ArgumentException">The destination holds fewer than <c>offsets.Length - 1</c> hashes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The offsets decrease, or fall outside <paramref name="data"/>.</exception>
    public static void HashMany(ReadOnlySpan<byte> data, ReadOnlySpan<int> offsets, Span<Hash32> destination) =>
        HashMany(data, offsets, destination, IsHardwareAccelerated);

    /// <summary><see cref="HashMany(ReadOnlySpan{byte}, ReadOnlySpan{int}, Span{Hash32})"/>, vectorized or not as asked (tests compare both).</summary>
    internal static void HashMany(ReadOnlySpan<byte> data, ReadOnlySpan<int> offsets, Span<Hash32> destination, bool vectorized)
    {
        var count = Math.Max(offsets.Length - 1, 0);
        if (destination.Length < count)
        {
            throw new ArgumentException($"The destination needs {count} hashes.", nameof(destination));
        }

        for (var i = 0; i < count; i++)
        {
            if (offsets[i] < 0 || offsets[i] > offsets[i + 1] || offsets[i + 1] > data.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(offsets), $"Message {i} is not inside the data.");
            }
        }

        if (!vectorized || count < 2)
        {
            for (var i = 0; i < count; i++)
            {
                destination[i] = Keccak256.Hash(data[offsets[i]..offsets[i + 1]]);
            }

            return;
        }

        // Order the messages by block count so each group of four runs as few permutations as possible.
        int[]? rented = null;
        var scratch = count <= StackMessages ? stackalloc int[2 * count] : (rented = ArrayPool<int>.Shared.Rent(2 * count));
        var blocks = scratch[..count];
        var order = scratch.Slice(count, count);
        for (var i = 0; i < count; i++)
        {
            blocks[i] = (offsets[i + 1] - offsets[i]) / Rate;
            order[i] = i;
        }

        blocks.Sort(order);
        Span<Hash32> four = stackalloc Hash32[4];
        var next = 0;
        for (; count - next >= 2; next += 4)
        {
            // A last group of two or three leaves its other lanes empty: still cheaper than hashing them one by one.
            var lanes = Math.Min(4, count - next);
            HashVectorized(
                Message(data, offsets, order[next]),
                Message(data, offsets, order[next + 1]),
                lanes > 2 ? Message(data, offsets, order[next + 2]) : [],
                lanes > 3 ? Message(data, offsets, order[next + 3]) : [],
                four);
            for (var lane = 0; lane < lanes; lane++)
            {
                destination[order[next + lane]] = four[lane];
            }
        }

        if (next < count)
        {
            destination[order[next]] = Keccak256.Hash(Message(data, offsets, order[next]));
        }

        if (rented is not null)
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    /// <summary>The 4-lane sponge: runs as many permutations as the longest message needs and squeezes each lane after its own last block.</summary>
    internal static void HashVectorized(ReadOnlySpan<byte> message0, ReadOnlySpan<byte> message1, ReadOnlySpan<byte> message2, ReadOnlySpan<byte> message3, Span<Hash32> destination)
    {
        Span<Vector256<ulong>> state = stackalloc Vector256<ulong>[25];
        state.Clear();

        // Each message's last block, padded; a lane that has finished keeps absorbing it, and its output is already taken.
        Span<byte> lastBlocks = stackalloc byte[4 * Rate];
        lastBlocks.Clear();
        var last0 = Pad(message0, lastBlocks[..Rate]);
        var last1 = Pad(message1, lastBlocks.Slice(Rate, Rate));
        var last2 = Pad(message2, lastBlocks.Slice(2 * Rate, Rate));
        var last3 = Pad(message3, lastBlocks.Slice(3 * Rate, Rate));
        var blocks = Math.Max(Math.Max(last0, last1), Math.Max(last2, last3)) + 1;
        for (var block = 0; block < blocks; block++)
        {
            Absorb(
                state,
                block < last0 ? message0.Slice(block * Rate, Rate) : lastBlocks[..Rate],
                block < last1 ? message1.Slice(block * Rate, Rate) : lastBlocks.Slice(Rate, Rate),
                block < last2 ? message2.Slice(block * Rate, Rate) : lastBlocks.Slice(2 * Rate, Rate),
                block < last3 ? message3.Slice(block * Rate, Rate) : lastBlocks.Slice(3 * Rate, Rate));
            KeccakF1600x4.Permute(state);
            SqueezeIfLast(state, block, last0, 0, destination);
            SqueezeIfLast(state, block, last1, 1, destination);
            SqueezeIfLast(state, block, last2, 2, destination);
            SqueezeIfLast(state, block, last3, 3, destination);
        }
    }

    private static ReadOnlySpan<byte> Message(ReadOnlySpan<byte> data, ReadOnlySpan<int> offsets, int index) =>
        data[offsets[index]..offsets[index + 1]];

    /// <summary>Writes the padded last block of <paramref name="message"/> into the zeroed <paramref name="block"/>; returns its index.</summary>
    private static int Pad(ReadOnlySpan<byte> message, Span<byte> block)
    {
        var last = message.Length / Rate;
        var tail = message[(last * Rate)..];
        tail.CopyTo(block);
        block[tail.Length] ^= 0x01;
        block[Rate - 1] ^= 0x80;
        return last;
    }

    private static void Absorb(Span<Vector256<ulong>> state, ReadOnlySpan<byte> block0, ReadOnlySpan<byte> block1, ReadOnlySpan<byte> block2, ReadOnlySpan<byte> block3)
    {
        var lanes0 = MemoryMarshal.Cast<byte, ulong>(block0);
        var lanes1 = MemoryMarshal.Cast<byte, ulong>(block1);
        var lanes2 = MemoryMarshal.Cast<byte, ulong>(block2);
        var lanes3 = MemoryMarshal.Cast<byte, ulong>(block3);
        for (var i = 0; i < Rate / sizeof(ulong); i++)
        {
            state[i] ^= Vector256.Create(lanes0[i], lanes1[i], lanes2[i], lanes3[i]);
        }
    }

    private static void SqueezeIfLast(ReadOnlySpan<Vector256<ulong>> state, int block, int last, int lane, Span<Hash32> destination)
    {
        if (block == last)
        {
            destination[lane] = Hash32.FromKeccakLanes(state[0].GetElement(lane), state[1].GetElement(lane), state[2].GetElement(lane), state[3].GetElement(lane));
        }
    }
}
