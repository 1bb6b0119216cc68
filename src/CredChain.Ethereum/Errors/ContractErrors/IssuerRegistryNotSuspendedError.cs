using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Errors;

/// <summary>The <c>IssuerRegistryNotSuspended</c> custom error.</summary>
[Error("IssuerRegistryNotSuspended")]
public sealed class IssuerRegistryNotSuspendedError : IErrorDTO
{
    [Parameter("address", "issuer", 1)]
    public string Issuer { get; set; } = string.Empty;
}
