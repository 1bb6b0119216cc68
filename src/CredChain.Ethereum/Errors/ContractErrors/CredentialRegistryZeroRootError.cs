using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Errors;

/// <summary>The <c>CredentialRegistryZeroRoot</c> custom error.</summary>
[Error("CredentialRegistryZeroRoot")]
public sealed class CredentialRegistryZeroRootError : IErrorDTO;
