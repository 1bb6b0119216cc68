using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.Governance.ContractDefinition;

/// <summary>Calls <c>IssuerRegistry.rotateKey(address,address,uint64,uint64)</c>.</summary>
[Function("rotateKey")]
public sealed class RotateKeyFunction : FunctionMessage
{
    [Parameter("address", "predecessor", 1)]
    public string Predecessor { get; set; } = string.Empty;

    [Parameter("address", "successor", 2)]
    public string Successor { get; set; } = string.Empty;

    [Parameter("uint64", "validFrom", 3)]
    public ulong ValidFrom { get; set; }

    [Parameter("uint64", "validUntil", 4)]
    public ulong ValidUntil { get; set; }
}
