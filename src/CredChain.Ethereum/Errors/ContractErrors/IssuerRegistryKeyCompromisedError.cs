using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Errors;

/// <summary>The <c>IssuerRegistryKeyCompromised</c> custom error.</summary>
[Error("IssuerRegistryKeyCompromised")]
public sealed class IssuerRegistryKeyCompromisedError : IErrorDTO
{
    [Parameter("address", "issuer", 1)]
    public string Issuer { get; set; } = string.Empty;
}
