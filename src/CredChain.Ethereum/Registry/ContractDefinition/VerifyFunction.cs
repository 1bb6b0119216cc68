using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.Registry.ContractDefinition;

/// <summary>Reads <c>CredentialRegistry.verify(address,bytes32,bytes32,bytes32[])</c>.</summary>
[Function("verify", typeof(VerifyOutputDto))]
public sealed class VerifyFunction : FunctionMessage
{
    [Parameter("address", "issuer", 1)]
    public string Issuer { get; set; } = string.Empty;

    [Parameter("bytes32", "root", 2)]
    public byte[] Root { get; set; } = [];

    [Parameter("bytes32", "targetHash", 3)]
    public byte[] TargetHash { get; set; } = [];

    [Parameter("bytes32[]", "proof", 4)]
    public List<byte[]> Proof { get; set; } = [];
}
