using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Errors;

/// <summary>The <c>IssuerRegistryInvalidWindow</c> custom error.</summary>
[Error("IssuerRegistryInvalidWindow")]
public sealed class IssuerRegistryInvalidWindowError : IErrorDTO
{
    [Parameter("uint64", "validFrom", 1)]
    public ulong ValidFrom { get; set; }

    [Parameter("uint64", "validUntil", 2)]
    public ulong ValidUntil { get; set; }
}
