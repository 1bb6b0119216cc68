using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Errors;

/// <summary>The <c>IssuerRegistryZeroAddress</c> custom error.</summary>
[Error("IssuerRegistryZeroAddress")]
public sealed class IssuerRegistryZeroAddressError : IErrorDTO;
