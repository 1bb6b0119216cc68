using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Errors;

/// <summary>Solidity's built-in <c>Error(string)</c> revert (a <c>require</c> message or <c>revert("...")</c>).</summary>
[Error("Error")]
public sealed class ReasonStringError : IErrorDTO
{
    [Parameter("string", "message", 1)]
    public string Message { get; set; } = string.Empty;
}
