using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Errors;

/// <summary>The <c>CredentialRegistryRootNotAnchored</c> custom error.</summary>
[Error("CredentialRegistryRootNotAnchored")]
public sealed class CredentialRegistryRootNotAnchoredError : IErrorDTO
{
    [Parameter("address", "issuer", 1)]
    public string Issuer { get; set; } = string.Empty;

    [Parameter("bytes32", "root", 2)]
    public byte[] Root { get; set; } = [];
}
