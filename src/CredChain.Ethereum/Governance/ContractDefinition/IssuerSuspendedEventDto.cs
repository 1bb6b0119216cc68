using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Governance.ContractDefinition;

/// <summary>The <c>IssuerRegistry.IssuerSuspended</c> event.</summary>
[Event("IssuerSuspended")]
public sealed class IssuerSuspendedEventDto : IEventDTO
{
    [Parameter("address", "issuer", 1, true)]
    public string Issuer { get; set; } = string.Empty;
}
