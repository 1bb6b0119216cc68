using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Errors;

/// <summary>The <c>CredentialRegistryCredentialAlreadyRevoked</c> custom error.</summary>
[Error("CredentialRegistryCredentialAlreadyRevoked")]
public sealed class CredentialRegistryCredentialAlreadyRevokedError : IErrorDTO
{
    [Parameter("bytes32", "root", 1)]
    public byte[] Root { get; set; } = [];

    [Parameter("bytes32", "targetHash", 2)]
    public byte[] TargetHash { get; set; } = [];
}
