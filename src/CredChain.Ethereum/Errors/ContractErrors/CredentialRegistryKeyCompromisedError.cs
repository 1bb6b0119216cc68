using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Errors;

/// <summary>The <c>CredentialRegistryKeyCompromised</c> custom error.</summary>
[Error("CredentialRegistryKeyCompromised")]
public sealed class CredentialRegistryKeyCompromisedError : IErrorDTO
{
    [Parameter("address", "account", 1)]
    public string Account { get; set; } = string.Empty;
}
