using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.Hub.ContractDefinition;

/// <summary>Reads <c>CheckpointRegistry.verifyEvent(uint64,address,uint64,bytes32,bytes32[])</c>.</summary>
[Function("verifyEvent", typeof(VerifyEventOutputDto))]
public sealed class VerifyEventFunction : FunctionMessage
{
    [Parameter("uint64", "sourceChainId", 1)]
    public ulong SourceChainId { get; set; }

    [Parameter("address", "sourceRegistry", 2)]
    public string SourceRegistry { get; set; } = string.Empty;

    [Parameter("uint64", "sequence", 3)]
    public ulong Sequence { get; set; }

    [Parameter("bytes32", "leaf", 4)]
    public byte[] Leaf { get; set; } = [];

    [Parameter("bytes32[]", "proof", 5)]
    public List<byte[]> Proof { get; set; } = [];
}
