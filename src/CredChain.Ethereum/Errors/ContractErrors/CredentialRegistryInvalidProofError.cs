using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Errors;

/// <summary>The <c>CredentialRegistryInvalidProof</c> custom error.</summary>
[Error("CredentialRegistryInvalidProof")]
public sealed class CredentialRegistryInvalidProofError : IErrorDTO
{
    [Parameter("bytes32", "root", 1)]
    public byte[] Root { get; set; } = [];

    [Parameter("bytes32", "targetHash", 2)]
    public byte[] TargetHash { get; set; } = [];
}
