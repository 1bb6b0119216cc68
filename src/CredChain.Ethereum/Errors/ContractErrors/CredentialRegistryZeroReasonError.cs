using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Errors;

/// <summary>The <c>CredentialRegistryZeroReason</c> custom error.</summary>
[Error("CredentialRegistryZeroReason")]
public sealed class CredentialRegistryZeroReasonError : IErrorDTO;
