using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Errors;

/// <summary>The <c>IssuerRegistryAlreadyCompromised</c> custom error.</summary>
[Error("IssuerRegistryAlreadyCompromised")]
public sealed class IssuerRegistryAlreadyCompromisedError : IErrorDTO
{
    [Parameter("address", "issuer", 1)]
    public string Issuer { get; set; } = string.Empty;

    [Parameter("uint64", "since", 2)]
    public ulong Since { get; set; }
}
