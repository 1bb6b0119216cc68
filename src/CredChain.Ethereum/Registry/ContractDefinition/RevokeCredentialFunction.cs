using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.Registry.ContractDefinition;

/// <summary>Calls <c>CredentialRegistry.revokeCredential(address,bytes32,bytes32,bytes32[],uint8)</c>.</summary>
[Function("revokeCredential")]
public sealed class RevokeCredentialFunction : FunctionMessage
{
    [Parameter("address", "issuer", 1)]
    public string Issuer { get; set; } = string.Empty;

    [Parameter("bytes32", "root", 2)]
    public byte[] Root { get; set; } = [];

    [Parameter("bytes32", "targetHash", 3)]
    public byte[] TargetHash { get; set; } = [];

    [Parameter("bytes32[]", "proof", 4)]
    public List<byte[]> Proof { get; set; } = [];

    [Parameter("uint8", "reason", 5)]
    public byte Reason { get; set; }
}
