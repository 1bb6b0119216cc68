using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Errors;

/// <summary>The <c>CredentialRegistryIssuerNotAccredited</c> custom error.</summary>
[Error("CredentialRegistryIssuerNotAccredited")]
public sealed class CredentialRegistryIssuerNotAccreditedError : IErrorDTO
{
    [Parameter("address", "issuer", 1)]
    public string Issuer { get; set; } = string.Empty;
}
