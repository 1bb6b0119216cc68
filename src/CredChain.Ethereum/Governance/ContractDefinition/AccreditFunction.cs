using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.Governance.ContractDefinition;

/// <summary>Calls <c>IssuerRegistry.accredit(address,string,string,string,uint64,uint64)</c>.</summary>
[Function("accredit")]
public sealed class AccreditFunction : FunctionMessage
{
    [Parameter("address", "issuer", 1)]
    public string Issuer { get; set; } = string.Empty;

    [Parameter("string", "nameZh", 2)]
    public string NameZh { get; set; } = string.Empty;

    [Parameter("string", "nameEn", 3)]
    public string NameEn { get; set; } = string.Empty;

    [Parameter("string", "domain", 4)]
    public string Domain { get; set; } = string.Empty;

    [Parameter("uint64", "validFrom", 5)]
    public ulong ValidFrom { get; set; }

    [Parameter("uint64", "validUntil", 6)]
    public ulong ValidUntil { get; set; }
}
