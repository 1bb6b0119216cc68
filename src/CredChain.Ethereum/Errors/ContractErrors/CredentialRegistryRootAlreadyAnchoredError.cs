using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Errors;

/// <summary>The <c>CredentialRegistryRootAlreadyAnchored</c> custom error.</summary>
[Error("CredentialRegistryRootAlreadyAnchored")]
public sealed class CredentialRegistryRootAlreadyAnchoredError : IErrorDTO
{
    [Parameter("bytes32", "root", 1)]
    public byte[] Root { get; set; } = [];
}
