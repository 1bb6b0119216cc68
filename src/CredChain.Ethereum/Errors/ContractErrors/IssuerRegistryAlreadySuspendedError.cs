using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Errors;

/// <summary>The <c>IssuerRegistryAlreadySuspended</c> custom error.</summary>
[Error("IssuerRegistryAlreadySuspended")]
public sealed class IssuerRegistryAlreadySuspendedError : IErrorDTO
{
    [Parameter("address", "issuer", 1)]
    public string Issuer { get; set; } = string.Empty;
}
