using System.Buffers.Binary;
using System.Text;
using CredChain.Core.Hashing;
using CredChain.Core.Merkle;

namespace CredChain.Core.Checkpoints;

/// <summary>
/// One member-registry event as a checkpoint commits to it. Its hash is
/// <c>keccak256(tag || kind || blockNumber || logIndex || fields...)</c>, every item one 32-byte big-endian word (what
/// Solidity's <c>abi.encode(bytes32, uint256, uint256, uint256, bytes32...)</c> gives), where <c>tag</c> =
/// <c>keccak256("CredChain.Checkpoint.v1")</c>; the tree's leaf node is <c>keccak256(hash)</c>, double-hashed as in
/// credential trees. The tag keeps a checkpoint entry from ever being read as a credential's target hash (whose
/// preimage is a sorted list of field-leaf hashes) and the block number and log index make every entry unique.
/// </summary>
/// <param name="Kind">Which event.</param>
/// <param name="BlockNumber">Member block that logged it.</param>
/// <param name="LogIndex">Index of the log in its block.</param>
/// <param name="Fields">The event's fields as words, in the order <see cref="CheckpointEventKind"/> documents.</param>
public sealed record CheckpointEntry(CheckpointEventKind Kind, ulong BlockNumber, ulong LogIndex, IReadOnlyList<Hash32> Fields)
{
    /// <summary>The domain tag: <c>keccak256("CredChain.Checkpoint.v1")</c>.</summary>
    public static Hash32 Tag { get; } = Keccak256.Hash("CredChain.Checkpoint.v1"u8);

    /// <summary>The entry's hash (what <see cref="MerkleTree"/> takes as a "target hash").</summary>
    public Hash32 Hash()
    {
        var words = 4 + Fields.Count;
        var preimage = new byte[words * Hash32.Size];
        Tag.CopyTo(preimage);
        Word((ulong)Kind).CopyTo(preimage.AsSpan(Hash32.Size));
        Word(BlockNumber).CopyTo(preimage.AsSpan(2 * Hash32.Size));
        Word(LogIndex).CopyTo(preimage.AsSpan(3 * Hash32.Size));
        for (var i = 0; i < Fields.Count; i++)
        {
            Fields[i].CopyTo(preimage.AsSpan((4 + i) * Hash32.Size));
        }

        return Keccak256.Hash(preimage);
    }

    /// <summary>The entry's leaf node in its checkpoint tree: <c>keccak256(Hash())</c>.</summary>
    public Hash32 LeafNode() => MerkleTree.LeafNode(Hash());

    /// <summary>An unsigned integer as a big-endian word.</summary>
    public static Hash32 Word(ulong value)
    {
        Span<byte> bytes = stackalloc byte[Hash32.Size];
        bytes.Clear();
        BinaryPrimitives.WriteUInt64BigEndian(bytes[24..], value);
        return Hash32.FromBytes(bytes);
    }

    /// <summary>A 0x-hex account address (20 bytes) as a left-padded word, as <c>abi.encode(address)</c> gives.</summary>
    /// <exception cref="FormatException">Not a 0x-prefixed 40-digit hex address.</exception>
    public static Hash32 Address(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.Length != 42 || !address.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"Not an account address: '{address}'.");
        }

        return Hash32.Parse("0x000000000000000000000000" + address[2..].ToLowerInvariant());
    }

    /// <summary>A text field as the word <c>keccak256(UTF-8 bytes)</c>.</summary>
    public static Hash32 Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Keccak256.Hash(Encoding.UTF8.GetBytes(text));
    }

    /// <inheritdoc />
    public bool Equals(CheckpointEntry? other) =>
        other is not null && Kind == other.Kind && BlockNumber == other.BlockNumber && LogIndex == other.LogIndex && Fields.SequenceEqual(other.Fields);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, BlockNumber, LogIndex, Fields.Count);
}
