using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Registry.ContractDefinition;

/// <summary>The <c>CredentialRegistryRootNotAnchored</c> custom error.</summary>
[Error("CredentialRegistryRootNotAnchored")]
public sealed class CredentialRegistryRootNotAnchoredError : IErrorDTO
{
    [Parameter("bytes32", "root", 1)]
    public byte[] Root { get; set; } = [];
}
