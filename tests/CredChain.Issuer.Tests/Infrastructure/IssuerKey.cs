using Nethereum.Web3.Accounts;

namespace CredChain.Issuer.Tests.Infrastructure;

/// <summary>An accredited issuer account on the test node and the environment variable a service reads its key from.</summary>
public sealed record IssuerKey(Account Account, string KeyVariable, string Name)
{
    public string Address => Account.Address.ToLowerInvariant();
}
