using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Governance.ContractDefinition;

/// <summary>The <c>IssuerRegistry.IssuerReinstated</c> event.</summary>
[Event("IssuerReinstated")]
public sealed class IssuerReinstatedEventDto : IEventDTO
{
    [Parameter("address", "issuer", 1, true)]
    public string Issuer { get; set; } = string.Empty;
}
