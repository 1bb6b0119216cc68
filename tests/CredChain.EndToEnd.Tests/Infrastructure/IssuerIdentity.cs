using Nethereum.Web3.Accounts;

namespace CredChain.EndToEnd.Tests.Infrastructure;

/// <summary>An accredited institution: its account on <see cref="Chain"/> and the name written into its credentials.</summary>
/// <param name="Label">Short name used in test output (e.g. <c>A-north</c>).</param>
/// <param name="Chain">The network it anchors on.</param>
/// <param name="Account">Its funded, accredited account.</param>
/// <param name="Name">The <c>issuer.name</c> its issuing service writes.</param>
public sealed record IssuerIdentity(string Label, DevChain Chain, Account Account, string Name)
{
    public string Address => Account.Address.ToLowerInvariant();

    /// <summary>The environment variable the issuing service reads the key from (unique per fixture).</summary>
    public string KeyVariable { get; } = "CREDCHAIN_E2E_KEY_" + Guid.NewGuid().ToString("N");
}
