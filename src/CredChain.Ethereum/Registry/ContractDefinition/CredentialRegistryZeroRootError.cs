using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Registry.ContractDefinition;

/// <summary>The <c>CredentialRegistryZeroRoot</c> custom error.</summary>
[Error("CredentialRegistryZeroRoot")]
public sealed class CredentialRegistryZeroRootError : IErrorDTO;
