using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Errors;

/// <summary>The <c>CredentialRegistryNotRootIssuer</c> custom error.</summary>
[Error("CredentialRegistryNotRootIssuer")]
public sealed class CredentialRegistryNotRootIssuerError : IErrorDTO
{
    [Parameter("address", "issuer", 1)]
    public string Issuer { get; set; } = string.Empty;

    [Parameter("bytes32", "root", 2)]
    public byte[] Root { get; set; } = [];

    [Parameter("address", "caller", 3)]
    public string Caller { get; set; } = string.Empty;
}
