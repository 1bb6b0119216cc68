using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Governance.ContractDefinition;

/// <summary>The <c>IssuerRegistry.IssuerKeyCompromised</c> event.</summary>
[Event("IssuerKeyCompromised")]
public sealed class IssuerKeyCompromisedEventDto : IEventDTO
{
    [Parameter("address", "issuer", 1, true)]
    public string Issuer { get; set; } = string.Empty;

    [Parameter("uint64", "since", 2, false)]
    public ulong Since { get; set; }
}
