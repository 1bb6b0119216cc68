using Nethereum.RLP;

namespace CredChain.Cli.Besu;

/// <summary>
/// The QBFT block header <c>extraData</c>, as Besu's <c>QbftExtraDataCodec</c> encodes it:
/// <c>RLP([vanity (32 bytes), [validator addresses], vote or [], round (scalar), [commit seals]])</c>.
/// A genesis block has zero vanity, no vote (an empty list), round 0 (the empty string <c>0x80</c>) and no seals.
/// </summary>
internal sealed class QbftExtraData
{
    public const int VanityLength = 32;
    public const int SealLength = 65;
    private const byte AddVoteByte = 0xFF;

    private QbftExtraData(byte[] vanity, IReadOnlyList<EthereumAddress> validators, QbftVote? vote, int round, IReadOnlyList<byte[]> seals)
    {
        Vanity = vanity;
        Validators = validators;
        Vote = vote;
        Round = round;
        Seals = seals;
    }

    public IReadOnlyList<byte> Vanity { get; }

    public IReadOnlyList<EthereumAddress> Validators { get; }

    public QbftVote? Vote { get; }

    public int Round { get; }

    public IReadOnlyList<byte[]> Seals { get; }

    public static QbftExtraData ForGenesis(IReadOnlyList<EthereumAddress> validators)
    {
        ArgumentNullException.ThrowIfNull(validators);
        if (validators.Count == 0)
        {
            throw new ArgumentException("A QBFT network needs at least one validator.", nameof(validators));
        }

        return new QbftExtraData(new byte[VanityLength], [.. validators], vote: null, round: 0, seals: []);
    }

    public byte[] Encode()
    {
        var vote = Vote is null
            ? RLP.EncodeList()
            : RLP.EncodeList(
                RLP.EncodeElement(Vote.Recipient.ToBytes()),
                RLP.EncodeElement(Vote.Add ? [AddVoteByte] : []));

        return RLP.EncodeList(
            RLP.EncodeElement([.. Vanity]),
            RLP.EncodeList([.. Validators.Select(v => RLP.EncodeElement(v.ToBytes()))]),
            vote,
            RLP.EncodeElement(EncodeScalar(Round)),
            RLP.EncodeList([.. Seals.Select(RLP.EncodeElement)]));
    }

    /// <summary>The genesis file's <c>extraData</c> string: 0x-prefixed lowercase hex.</summary>
    public string ToHex() => "0x" + Convert.ToHexStringLower(Encode());

    public static QbftExtraData Decode(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var digits = hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? hex[2..] : hex;
        return Decode(Convert.FromHexString(digits));
    }

    public static QbftExtraData Decode(byte[] encoded)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        if (encoded.Length == 0 || encoded[0] < 0xC0)
        {
            throw new FormatException("QBFT extraData must be an RLP list.");
        }

        if (RLP.Decode(encoded) is not RLPCollection items || items.Count != 5)
        {
            throw new FormatException("QBFT extraData must be a list of 5 items: vanity, validators, vote, round, seals.");
        }

        var vanity = ItemBytes(items[0], "vanity");
        if (vanity.Length != VanityLength)
        {
            throw new FormatException($"QBFT vanity must be {VanityLength} bytes, not {vanity.Length}.");
        }

        var validators = ListOf(items[1], "validators").Select(item => ToAddress(item, "validator")).ToList();
        var vote = DecodeVote(items[2]);
        var round = DecodeScalar(ItemBytes(items[3], "round"));
        var seals = ListOf(items[4], "seals").Select(item => ItemBytes(item, "seal")).ToList();
        if (seals.Any(seal => seal.Length != SealLength))
        {
            throw new FormatException($"Every QBFT commit seal is a {SealLength}-byte signature.");
        }

        return new QbftExtraData(vanity, validators, vote, round, seals);
    }

    private static QbftVote? DecodeVote(IRLPElement element)
    {
        var parts = ListOf(element, "vote");
        if (parts.Count == 0)
        {
            return null;
        }

        if (parts.Count != 2)
        {
            throw new FormatException("A QBFT vote is a list of [recipient, add-or-drop].");
        }

        var kind = ItemBytes(parts[1], "vote kind");
        return kind switch
        {
            [] => new QbftVote(ToAddress(parts[0], "vote recipient"), Add: false),
            [AddVoteByte] => new QbftVote(ToAddress(parts[0], "vote recipient"), Add: true),
            _ => throw new FormatException("A QBFT vote kind is 0xff (add) or empty (drop)."),
        };
    }

    private static EthereumAddress ToAddress(IRLPElement element, string what)
    {
        var bytes = ItemBytes(element, what);
        return bytes.Length == EthereumAddress.ByteLength
            ? EthereumAddress.FromBytes(bytes)
            : throw new FormatException($"A QBFT {what} must be a {EthereumAddress.ByteLength}-byte address, not {bytes.Length} bytes.");
    }

    private static RLPCollection ListOf(IRLPElement element, string what) =>
        element as RLPCollection ?? throw new FormatException($"QBFT {what} must be an RLP list.");

    private static byte[] ItemBytes(IRLPElement element, string what) =>
        element is RLPItem item
            ? item.RLPData ?? []
            : throw new FormatException($"QBFT {what} must be an RLP string, not a list.");

    // RLP scalars are big-endian with no leading zero bytes; zero is the empty string.
    private static byte[] EncodeScalar(int value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "A QBFT round is never negative.");
        }

        var bytes = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        return bytes.AsSpan().TrimStart((byte)0).ToArray();
    }

    private static int DecodeScalar(byte[] bytes)
    {
        if (bytes.Length > 4 || (bytes.Length > 0 && bytes[0] == 0))
        {
            throw new FormatException("The QBFT round must be a canonical RLP scalar of at most 4 bytes.");
        }

        var value = 0L;
        foreach (var b in bytes)
        {
            value = (value << 8) | b;
        }

        return value <= int.MaxValue
            ? (int)value
            : throw new FormatException("The QBFT round does not fit a 32-bit signed integer.");
    }
}
