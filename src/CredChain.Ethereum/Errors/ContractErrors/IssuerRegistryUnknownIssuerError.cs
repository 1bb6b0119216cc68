using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Errors;

/// <summary>The <c>IssuerRegistryUnknownIssuer</c> custom error.</summary>
[Error("IssuerRegistryUnknownIssuer")]
public sealed class IssuerRegistryUnknownIssuerError : IErrorDTO
{
    [Parameter("address", "issuer", 1)]
    public string Issuer { get; set; } = string.Empty;
}
