using Microsoft.Extensions.Options;

namespace CredChain.Verifier.Hub;

/// <summary>The hubs this portal trusts, and the member networks it verifies through them.</summary>
internal sealed class HubTrustList(IOptions<HubTrustOptions> options)
{
    public IReadOnlyList<HubOptions> All => options.Value.Hubs;

    /// <summary>The hub that checkpoints (<paramref name="chainId"/>, <paramref name="registryAddress"/>), with the member entry.</summary>
    public (HubOptions Hub, HubMemberOptions Member)? Find(long chainId, string registryAddress)
    {
        foreach (var hub in options.Value.Hubs)
        {
            foreach (var member in hub.Members)
            {
                if (member.ChainId == chainId && string.Equals(member.RegistryAddress, registryAddress, StringComparison.OrdinalIgnoreCase))
                {
                    return (hub, member);
                }
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="account"/> is a relay of <paramref name="hub"/> this portal accepts.</summary>
    public static bool Accepts(HubOptions hub, string account) =>
        hub.Relays.Any(r => string.Equals(r.Account, account, StringComparison.OrdinalIgnoreCase));
}
