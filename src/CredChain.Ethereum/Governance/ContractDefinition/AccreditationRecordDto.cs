using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Governance.ContractDefinition;

/// <summary>The <c>AccreditationRecord</c> struct of <c>IssuerRegistry</c>.</summary>
public sealed class AccreditationRecordDto
{
    [Parameter("uint40", "since", 1)]
    public ulong Since { get; set; }

    [Parameter("uint40", "validFrom", 2)]
    public ulong ValidFrom { get; set; }

    [Parameter("uint40", "validUntil", 3)]
    public ulong ValidUntil { get; set; }

    [Parameter("bool", "active", 4)]
    public bool Active { get; set; }
}
