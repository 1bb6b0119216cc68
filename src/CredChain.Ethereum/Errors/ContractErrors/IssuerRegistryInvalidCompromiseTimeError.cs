using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Errors;

/// <summary>The <c>IssuerRegistryInvalidCompromiseTime</c> custom error.</summary>
[Error("IssuerRegistryInvalidCompromiseTime")]
public sealed class IssuerRegistryInvalidCompromiseTimeError : IErrorDTO
{
    [Parameter("uint64", "since", 1)]
    public ulong Since { get; set; }
}
