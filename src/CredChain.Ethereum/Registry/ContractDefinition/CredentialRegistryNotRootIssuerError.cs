using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Registry.ContractDefinition;

/// <summary>The <c>CredentialRegistryNotRootIssuer</c> custom error.</summary>
[Error("CredentialRegistryNotRootIssuer")]
public sealed class CredentialRegistryNotRootIssuerError : IErrorDTO
{
    [Parameter("bytes32", "root", 1)]
    public byte[] Root { get; set; } = [];

    [Parameter("address", "caller", 2)]
    public string Caller { get; set; } = string.Empty;
}
