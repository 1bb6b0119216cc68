using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.Registry.ContractDefinition;

/// <summary>Calls <c>CredentialRegistry.revokeCredential(bytes32,bytes32,bytes32[],uint8)</c>.</summary>
[Function("revokeCredential")]
public sealed class RevokeCredentialFunction : FunctionMessage
{
    [Parameter("bytes32", "root", 1)]
    public byte[] Root { get; set; } = [];

    [Parameter("bytes32", "targetHash", 2)]
    public byte[] TargetHash { get; set; } = [];

    [Parameter("bytes32[]", "proof", 3)]
    public List<byte[]> Proof { get; set; } = [];

    [Parameter("uint8", "reason", 4)]
    public byte Reason { get; set; }
}
