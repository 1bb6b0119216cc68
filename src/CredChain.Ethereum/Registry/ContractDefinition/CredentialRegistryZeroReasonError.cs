using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Registry.ContractDefinition;

/// <summary>The <c>CredentialRegistryZeroReason</c> custom error.</summary>
[Error("CredentialRegistryZeroReason")]
public sealed class CredentialRegistryZeroReasonError : IErrorDTO;
