using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Registry.ContractDefinition;

/// <summary>The <c>CredentialRegistry.RootAnchored</c> event.</summary>
[Event("RootAnchored")]
public sealed class RootAnchoredEventDto : IEventDTO
{
    [Parameter("bytes32", "root", 1, true)]
    public byte[] Root { get; set; } = [];

    [Parameter("address", "issuer", 2, true)]
    public string Issuer { get; set; } = string.Empty;

    [Parameter("uint64", "anchoredAt", 3, false)]
    public ulong AnchoredAt { get; set; }
}
