using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Governance.ContractDefinition;

/// <summary>Return values of <c>IssuerRegistry.keyStatus</c>.</summary>
[FunctionOutput]
public sealed class KeyStatusOutputDto : IFunctionOutputDTO
{
    [Parameter("uint32", "institution", 1)]
    public uint Institution { get; set; }

    [Parameter("uint64", "compromisedSince", 2)]
    public ulong CompromisedSince { get; set; }
}
