using System.Security.Cryptography;
using CredChain.Core.Sharing;

namespace CredChain.Core.Tests.Sharing;

/// <summary>The share format the portal's browser code uses: what people type, the lookup id, the withdrawal hash.</summary>
public sealed class ShareCodeTests
{
    [Theory]
    [InlineData("7K3MQ9XD2HBTW4NC", "7K3MQ9XD2HBTW4NC")]
    [InlineData("7k3m-q9xd-2hbt-w4nc", "7K3MQ9XD2HBTW4NC")]
    [InlineData(" 7K3M Q9XD\t2HBT-W4NC ", "7K3MQ9XD2HBTW4NC")]
    [InlineData("O1IL-0000-0000-0000", "0111000000000000")]
    [InlineData("7K3M-Q9XD-2HBT-W4N", null)]
    [InlineData("7K3M-Q9XD-2HBT-W4NCX", null)]
    [InlineData("UUUU-UUUU-UUUU-UUUU", null)]
    [InlineData("7K3M_Q9XD_2HBT_W4NC", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Normalize_ReadsWhatAPersonTypes_AsTheSharePagesDo(string? typed, string? expected) =>
        Assert.Equal(expected, ShareCode.Normalize(typed));

    [Fact]
    public void Generate_Gives16AlphabetSymbols_ThatFormatInFourGroups()
    {
        var code = ShareCode.Generate();

        Assert.Equal(code, ShareCode.Normalize(code));
        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$", ShareCode.Format(code));
        Assert.NotEqual(code, ShareCode.Generate());
    }

    [Fact]
    public void DeriveIdAndWithdrawalHash_MatchValuesComputedOutsideDotNet()
    {
        // HKDF-SHA256 and SHA-256 computed with Python's hmac/hashlib from the rules in ShareCode's summary.
        Assert.Equal("spr67d15sv9kw4y9q67h9x3qqr", ShareCode.DeriveId("7K3MQ9XD2HBTW4NC"));
        Assert.Equal("4cd12b67b79034fbb16c39768ce5acbadefb2b8afd5adffbd524518c5c0b563a", Convert.ToHexStringLower(ShareCode.WithdrawalHash("7K3MQ9XD2HBTW4NC")));
    }

    [Fact]
    public void Encrypt_IsNonceThenAesGcmUnderTheCodesKey()
    {
        var sealedBytes = ShareCode.Encrypt("7K3MQ9XD2HBTW4NC", "{\"a\":1}"u8);

        var key = HKDF.DeriveKey(HashAlgorithmName.SHA256, "7K3MQ9XD2HBTW4NC"u8.ToArray(), 32, "credchain/share/v1"u8.ToArray(), "credchain/share/key"u8.ToArray());
        var plain = new byte[sealedBytes.Length - 28];
        using var aes = new AesGcm(key, 16);
        aes.Decrypt(sealedBytes.AsSpan(0, 12), sealedBytes.AsSpan(12, plain.Length), sealedBytes.AsSpan(12 + plain.Length), plain);
        Assert.Equal("{\"a\":1}"u8.ToArray(), plain);
    }
}
