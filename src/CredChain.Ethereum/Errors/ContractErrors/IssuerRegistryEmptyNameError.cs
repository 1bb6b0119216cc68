using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Errors;

/// <summary>The <c>IssuerRegistryEmptyName</c> custom error.</summary>
[Error("IssuerRegistryEmptyName")]
public sealed class IssuerRegistryEmptyNameError : IErrorDTO;
