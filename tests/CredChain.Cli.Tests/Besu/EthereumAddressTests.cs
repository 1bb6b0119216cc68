using CredChain.Cli.Besu;
using CredChain.Cli.Tests.Support;

namespace CredChain.Cli.Tests.Besu;

public sealed class EthereumAddressTests
{
    [Theory]
    [InlineData("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")] // valid EIP-55 checksum
    [InlineData("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266")] // lowercase: no checksum to check
    [InlineData("0xF39FD6E51AAD88F6F4CE6AB8827279CFFFB92266")] // uppercase: no checksum to check
    [InlineData(" 0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266 ")]
    public void TryParse_AnvilAccount0Spellings_GiveTheChecksummedAddress(string text)
    {
        Assert.True(EthereumAddress.TryParse(text, out var address, out var error), error);
        Assert.Equal(DevAccounts.Account0, address.Checksummed);
        Assert.Equal(DevAccounts.Account0.ToLowerInvariant(), address.Lowercase);
    }

    [Theory]
    [InlineData(null, "required")]
    [InlineData("f39fd6e51aad88f6f4ce6ab8827279cfffb92266", "expected 0x followed by 40 hex digits")]
    [InlineData("0xf39fd6e51aad88f6f4ce6ab8827279cfffb9226", "expected 0x followed by 40 hex digits")]
    [InlineData("0xg39fd6e51aad88f6f4ce6ab8827279cfffb92266", "expected 0x followed by 40 hex digits")]
    [InlineData("0xF39fd6e51aad88F6F4ce6aB8827279cffFb92266", "invalid EIP-55 checksum")]
    [InlineData("0x0000000000000000000000000000000000000000", "zero address")]
    public void TryParse_NotAUsableAddress_FailsSayingWhy(string? text, string reason)
    {
        Assert.False(EthereumAddress.TryParse(text, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }
}
