using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Errors;

/// <summary>The <c>AccessControlBadConfirmation</c> custom error.</summary>
[Error("AccessControlBadConfirmation")]
public sealed class AccessControlBadConfirmationError : IErrorDTO;
