using System.Text.Json;
using CredChain.Ethereum.Artifacts;
using CredChain.Ethereum.Errors;
using CredChain.Ethereum.Generated.IssuerRegistry;
using Nethereum.JsonRpc.Client;
using Newtonsoft.Json.Linq;

namespace CredChain.Ethereum.Tests.Errors;

public sealed class ContractErrorDecoderTests
{
    private const string InvalidWindowData =
        "0x5dee854d" +
        "0000000000000000000000000000000000000000000000000000000077359400" +
        "00000000000000000000000000000000000000000000000000000000773593ff";

    // Error(string) with the message "boom".
    private const string ReasonStringData =
        "0x08c379a0" +
        "0000000000000000000000000000000000000000000000000000000000000020" +
        "0000000000000000000000000000000000000000000000000000000000000004" +
        "626f6f6d00000000000000000000000000000000000000000000000000000000";

    [Fact]
    public void Decode_InvalidWindowRevertData_ReturnsCodeNameTypedErrorAndArguments()
    {
        var exception = ContractErrorDecoder.Decode(InvalidWindowData);

        var error = exception.ErrorAs<IssuerRegistryInvalidWindowError>();
        Assert.Equal(
            (ChainErrorCode.IssuerInvalidWindow, "IssuerRegistryInvalidWindow", 2_000_000_000UL, 1_999_999_999UL, InvalidWindowData),
            (exception.Code, exception.ErrorName, error?.ValidFrom, error?.ValidUntil, exception.RevertData));
        Assert.Equal(
            [new("validFrom", 2_000_000_000UL), new KeyValuePair<string, object?>("validUntil", 1_999_999_999UL)],
            exception.Arguments);
        Assert.Equal("Contract reverted with IssuerRegistryInvalidWindow(validFrom: 2000000000, validUntil: 1999999999).", exception.Message);
    }

    [Fact]
    public void Decode_ReasonString_ReturnsTheMessage()
    {
        var exception = ContractErrorDecoder.Decode(ReasonStringData);

        Assert.Equal((ChainErrorCode.ReasonString, "boom"), (exception.Code, exception.ErrorAs<ReasonStringError>()?.Message));
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("0x", "0x")]
    [InlineData("0xdeadbeef", "0xdeadbeef")]
    public void Decode_EmptyOrUnknownData_ReturnsUnknownKeepingTheData(string? data, string expected)
    {
        var exception = ContractErrorDecoder.Decode(data);

        Assert.Equal((ChainErrorCode.Unknown, (string?)null, expected, 0), (exception.Code, exception.ErrorName, exception.RevertData, exception.Arguments.Count));
    }

    [Fact]
    public void KnownSignatures_CoverEveryCodeButUnknown()
    {
        Assert.Equal(
            Enum.GetValues<ChainErrorCode>().Where(c => c != ChainErrorCode.Unknown).Order(),
            ContractErrorDecoder.KnownSignatures.Keys.Order());
    }

    [Fact]
    public void KnownSignatures_CoverEveryCustomErrorOfTheArtifacts()
    {
        var declared = new[] { ContractArtifacts.IssuerRegistry, ContractArtifacts.CredentialRegistry, ContractArtifacts.Load("CheckpointRegistry") }
            .SelectMany(a => JsonDocument.Parse(a.Abi).RootElement.EnumerateArray())
            .Where(e => e.GetProperty("type").GetString() == "error")
            .Select(e => $"{e.GetProperty("name").GetString()}({string.Join(",", e.GetProperty("inputs").EnumerateArray().Select(i => i.GetProperty("type").GetString()))})")
            .ToHashSet();

        Assert.Subset(ContractErrorDecoder.KnownSignatures.Values.ToHashSet(), declared);
    }

    [Fact]
    public void FromException_RpcErrorWithRevertDataString_DecodesIt()
    {
        var rpc = new RpcResponseException(new RpcError(3, "execution reverted", new JValue(InvalidWindowData)));

        var decoded = ContractErrorDecoder.FromException(rpc);

        Assert.Equal((ChainErrorCode.IssuerInvalidWindow, (Exception)rpc), (decoded?.Code, decoded?.InnerException));
    }

    [Fact]
    public void FromException_RpcErrorWithNestedRevertData_DecodesIt()
    {
        var rpc = new RpcResponseException(new RpcError(-32000, "execution reverted", new JObject { ["data"] = InvalidWindowData }));

        Assert.Equal(ChainErrorCode.IssuerInvalidWindow, ContractErrorDecoder.FromException(rpc)?.Code);
    }

    [Fact]
    public void FromException_RpcErrorWithoutRevertData_IsNotARevert()
    {
        var rpc = new RpcResponseException(new RpcError(-32000, "nonce too low", null));

        Assert.Null(ContractErrorDecoder.FromException(rpc));
    }
}
