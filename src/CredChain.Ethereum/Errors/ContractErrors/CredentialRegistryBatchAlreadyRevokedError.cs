using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Errors;

/// <summary>The <c>CredentialRegistryBatchAlreadyRevoked</c> custom error.</summary>
[Error("CredentialRegistryBatchAlreadyRevoked")]
public sealed class CredentialRegistryBatchAlreadyRevokedError : IErrorDTO
{
    [Parameter("bytes32", "root", 1)]
    public byte[] Root { get; set; } = [];
}
