using CredChain.Cli.Besu;

namespace CredChain.Cli.Tests.Besu;

public sealed class QbftExtraDataTests
{
    private const string Address1 = "f39fd6e51aad88f6f4ce6ab8827279cfffb92266";
    private const string Address2 = "70997970c51812dc3a010c7d01b50e0d17dc79c8";
    private static readonly string ZeroVanity = new('0', 64);

    [Fact]
    public void ForGenesis_OneValidator_EncodesHandAssembledRlp()
    {
        // Assembled by hand from the RLP rules, not by the codec:
        //   a0 + 32 zero bytes        vanity: a string of 32 bytes (0x80 + 32)
        //   d5 94 <20 bytes>          validators: a list (0xc0 + 21) holding one 20-byte string (0x80 + 20)
        //   c0                        vote: none, an empty list
        //   80                        round 0: the empty string
        //   c0                        commit seals: an empty list
        //   payload 33 + 22 + 1 + 1 + 1 = 58 = 0x3a, over 55 bytes, so a long-list header: f8 3a
        var expected = "0xf83a" + "a0" + ZeroVanity + "d594" + Address1 + "c0" + "80" + "c0";

        var extraData = QbftExtraData.ForGenesis([Parse(Address1)]).ToHex();

        Assert.Equal(expected, extraData);
    }

    [Fact]
    public void ForGenesis_TwoValidators_EncodesHandAssembledRlp()
    {
        // validators list payload 2 * 21 = 42 = 0x2a -> header ea; outer payload 33 + 43 + 3 = 79 = 0x4f -> f8 4f.
        var expected = "0xf84f" + "a0" + ZeroVanity + "ea" + "94" + Address1 + "94" + Address2 + "c0" + "80" + "c0";

        var extraData = QbftExtraData.ForGenesis([Parse(Address1), Parse(Address2)]).ToHex();

        Assert.Equal(expected, extraData);
    }

    [Fact]
    public void ForGenesis_BesuDocumentationValidators_EncodesBesuDocumentedExtraData()
    {
        // The block-header-validator QBFT genesis example in Besu's documentation (Configure QBFT consensus).
        const string BesuDocsExtraData =
            "0xf87aa00000000000000000000000000000000000000000000000000000000000000000f8549464a702e6263b7297a96638cac6ae65e6541f4169943923390ad55e90c237593b3b0e401f3b08a0318594aefdb9a738c9f433e5b6b212a6d62f6370c2f69294c7eeb9a4e00ce683cf93039b212648e01c6c6b78c080c0";
        string[] validators =
        [
            "64a702e6263b7297a96638cac6ae65e6541f4169", "3923390ad55e90c237593b3b0e401f3b08a03185",
            "aefdb9a738c9f433e5b6b212a6d62f6370c2f692", "c7eeb9a4e00ce683cf93039b212648e01c6c6b78",
        ];

        var extraData = QbftExtraData.ForGenesis([.. validators.Select(Parse)]).ToHex();

        Assert.Equal(BesuDocsExtraData, extraData);
    }

    [Fact]
    public void Decode_GenesisEncoding_ReturnsWhatWasEncoded()
    {
        EthereumAddress[] validators = [Parse(Address1), Parse(Address2)];

        var decoded = QbftExtraData.Decode(QbftExtraData.ForGenesis(validators).Encode());

        Assert.Equal(validators, decoded.Validators);
        Assert.Equal(new byte[32], decoded.Vanity);
        Assert.Null(decoded.Vote);
        Assert.Equal(0, decoded.Round);
        Assert.Empty(decoded.Seals);
    }

    [Fact]
    public void Decode_HeaderWithVoteRoundAndSeal_ReadsEveryField()
    {
        // A later block's header, hand-assembled: vote [Address2, 0xff] (add), round 3, one 65-byte seal.
        var seal = new string('1', 130);
        var payload = "a0" + ZeroVanity + "d594" + Address1 + "d7" + "94" + Address2 + "81ff" + "03" + "f843" + "b841" + seal;
        var encoded = "0xf8" + (payload.Length / 2).ToString("x2") + payload;

        var decoded = QbftExtraData.Decode(encoded);

        Assert.Equal([Parse(Address1)], decoded.Validators);
        Assert.Equal(new QbftVote(Parse(Address2), Add: true), decoded.Vote);
        Assert.Equal(3, decoded.Round);
        Assert.Equal(Convert.FromHexString(seal), Assert.Single(decoded.Seals));
    }

    [Theory]
    [InlineData("0x80", "must be an RLP list")]
    [InlineData("0xc3808080", "list of 5 items")]
    [InlineData("0xe49f00000000000000000000000000000000000000000000000000000000000000c0c080c0", "vanity must be 32 bytes")]
    [InlineData("0xf84ea00000000000000000000000000000000000000000000000000000000000000000e993f39fd6e51aad88f6f4ce6ab8827279cfffb9229470997970c51812dc3a010c7d01b50e0d17dc79c8c080c0", "20-byte address")]
    public void Decode_Malformed_ThrowsFormatExceptionSayingWhy(string hex, string reason)
    {
        var error = Assert.ThrowsAny<FormatException>(() => QbftExtraData.Decode(hex));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    private static EthereumAddress Parse(string hex) =>
        EthereumAddress.TryParse("0x" + hex, out var address, out var error) ? address : throw new ArgumentException(error);
}
