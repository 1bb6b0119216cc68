using CredChain.Core.Documents;
using Nethereum.Web3.Accounts;

namespace CredChain.Issuer.Accounts;

/// <summary>A loaded signing account. <see cref="ToString"/> shows the address only: the key never reaches a log.</summary>
internal sealed class IssuerAccount(Account signer, IssuerRef issuer)
{
    /// <summary>Lower-case 0x address.</summary>
    public string Address { get; } = signer.Address.ToLowerInvariant();

    public IssuerRef Issuer { get; } = issuer;

    public Account Signer { get; } = signer;

    public override string ToString() => Address;
}
