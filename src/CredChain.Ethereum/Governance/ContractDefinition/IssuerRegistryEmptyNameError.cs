using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Governance.ContractDefinition;

/// <summary>The <c>IssuerRegistryEmptyName</c> custom error.</summary>
[Error("IssuerRegistryEmptyName")]
public sealed class IssuerRegistryEmptyNameError : IErrorDTO;
