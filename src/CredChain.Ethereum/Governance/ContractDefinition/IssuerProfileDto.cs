using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Governance.ContractDefinition;

/// <summary>The <c>IssuerProfile</c> struct of <c>IssuerRegistry</c>.</summary>
public sealed class IssuerProfileDto
{
    [Parameter("string", "nameZh", 1)]
    public string NameZh { get; set; } = string.Empty;

    [Parameter("string", "nameEn", 2)]
    public string NameEn { get; set; } = string.Empty;

    [Parameter("string", "domain", 3)]
    public string Domain { get; set; } = string.Empty;
}
