using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Hub.ContractDefinition;

/// <summary>The <c>ICheckpointRegistry.Member</c> struct.</summary>
public sealed class MemberDto
{
    [Parameter("bool", "registered", 1)]
    public bool Registered { get; set; }

    [Parameter("uint64", "startBlock", 2)]
    public ulong StartBlock { get; set; }

    [Parameter("uint64", "nextFromBlock", 3)]
    public ulong NextFromBlock { get; set; }

    [Parameter("uint64", "checkpoints", 4)]
    public ulong Checkpoints { get; set; }
}
