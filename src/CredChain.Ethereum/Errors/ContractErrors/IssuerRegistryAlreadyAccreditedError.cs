using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Errors;

/// <summary>The <c>IssuerRegistryAlreadyAccredited</c> custom error.</summary>
[Error("IssuerRegistryAlreadyAccredited")]
public sealed class IssuerRegistryAlreadyAccreditedError : IErrorDTO
{
    [Parameter("address", "account", 1)]
    public string Account { get; set; } = string.Empty;
}
