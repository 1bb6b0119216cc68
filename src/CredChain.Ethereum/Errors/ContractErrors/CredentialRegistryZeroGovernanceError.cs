using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Errors;

/// <summary>The <c>CredentialRegistryZeroGovernance</c> custom error.</summary>
[Error("CredentialRegistryZeroGovernance")]
public sealed class CredentialRegistryZeroGovernanceError : IErrorDTO;
