using System.Numerics;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Errors;

/// <summary>Solidity's built-in <c>Panic(uint256)</c> revert (failed assertion, overflow, out-of-bounds access...).</summary>
[Error("Panic")]
public sealed class PanicError : IErrorDTO
{
    [Parameter("uint256", "code", 1)]
    public BigInteger Code { get; set; }
}
