using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Governance.ContractDefinition;

/// <summary>The <c>IssuerRegistryZeroAddress</c> custom error.</summary>
[Error("IssuerRegistryZeroAddress")]
public sealed class IssuerRegistryZeroAddressError : IErrorDTO;
