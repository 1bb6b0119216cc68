using CredChain.Core.Verification;
using CredChain.Ethereum.Deployment;
using CredChain.Ethereum.Dev;
using CredChain.Ethereum.Governance;
using CredChain.Testing.Chain;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;

namespace CredChain.EndToEnd.Tests.Infrastructure;

/// <summary>One real anvil dev node ("a network") with both registries deployed by its first account, the governor
/// (the shared <see cref="TestChain"/>), and the name the portal's trust list knows it by.</summary>
public sealed class DevChain : IAsyncDisposable
{
    public DevChain(string key, string nameZh, string nameEn, TestChain chain)
    {
        Key = key;
        NameZh = nameZh;
        NameEn = nameEn;
        Chain = chain;
    }

    /// <summary>The key the portal's trust list knows the network by.</summary>
    public string Key { get; }

    public string NameZh { get; }

    public string NameEn { get; }

    public TestChain Chain { get; }

    public DevNode Node => Chain.Node;

    public Web3 Web3 => Chain.Web3;

    public long ChainId => Node.ChainId;

    public RegistryDeployment Deployment => Chain.Deployment;

    public string RegistryAddress => Deployment.CredentialRegistryAddress.ToLowerInvariant();

    public IssuerRegistryClient Governance => Chain.Governance;

    public static async Task<DevChain> StartAsync(string key, string nameZh, string nameEn, long chainId) =>
        new(key, nameZh, nameEn, await TestChain.StartAsync(new DevNodeOptions { ChainId = chainId }));

    /// <summary>A fresh funded account, accredited from a day before the latest block with no end.</summary>
    public Task<Account> AccreditNewIssuerAsync(IssuerProfile profile) => Chain.NewAccreditedIssuerAsync(profile, TimeSpan.FromDays(1));

    /// <summary>The portal settings that put this network on its trust list at <paramref name="index"/>.</summary>
    public IEnumerable<KeyValuePair<string, string?>> PortalSettings(int index) => Chain.PortalSettings(index, Key, NameZh, NameEn);

    public async ValueTask DisposeAsync() => await Chain.DisposeAsync();
}
