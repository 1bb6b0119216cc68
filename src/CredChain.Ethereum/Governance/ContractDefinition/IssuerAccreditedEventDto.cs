using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Governance.ContractDefinition;

/// <summary>The <c>IssuerRegistry.IssuerAccredited</c> event.</summary>
[Event("IssuerAccredited")]
public sealed class IssuerAccreditedEventDto : IEventDTO
{
    [Parameter("address", "issuer", 1, true)]
    public string Issuer { get; set; } = string.Empty;

    [Parameter("uint32", "institution", 2, true)]
    public uint Institution { get; set; }

    [Parameter("string", "nameZh", 3, false)]
    public string NameZh { get; set; } = string.Empty;

    [Parameter("string", "nameEn", 4, false)]
    public string NameEn { get; set; } = string.Empty;

    [Parameter("string", "domain", 5, false)]
    public string Domain { get; set; } = string.Empty;

    [Parameter("uint64", "validFrom", 6, false)]
    public ulong ValidFrom { get; set; }

    [Parameter("uint64", "validUntil", 7, false)]
    public ulong ValidUntil { get; set; }
}
