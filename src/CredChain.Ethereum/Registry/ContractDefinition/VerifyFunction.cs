using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.Registry.ContractDefinition;

/// <summary>Reads <c>CredentialRegistry.verify(bytes32,bytes32,bytes32[])</c>.</summary>
[Function("verify", typeof(VerifyOutputDto))]
public sealed class VerifyFunction : FunctionMessage
{
    [Parameter("bytes32", "root", 1)]
    public byte[] Root { get; set; } = [];

    [Parameter("bytes32", "targetHash", 2)]
    public byte[] TargetHash { get; set; } = [];

    [Parameter("bytes32[]", "proof", 3)]
    public List<byte[]> Proof { get; set; } = [];
}
