using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Governance.ContractDefinition;

/// <summary>The <c>IssuerRegistry.IssuerKeyRotated</c> event.</summary>
[Event("IssuerKeyRotated")]
public sealed class IssuerKeyRotatedEventDto : IEventDTO
{
    [Parameter("address", "predecessor", 1, true)]
    public string Predecessor { get; set; } = string.Empty;

    [Parameter("address", "successor", 2, true)]
    public string Successor { get; set; } = string.Empty;

    [Parameter("uint32", "institution", 3, true)]
    public uint Institution { get; set; }
}
