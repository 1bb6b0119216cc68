using CredChain.Relay.Following;

namespace CredChain.Relay.Api;

/// <summary>The configured members, found by chain id and registry address.</summary>
internal sealed class MemberDirectory(IReadOnlyList<MemberChain> members)
{
    public MemberChain? Find(long chainId, string registry) =>
        members.FirstOrDefault(m => m.Options.ChainId == chainId && string.Equals(m.Options.RegistryAddress, registry, StringComparison.OrdinalIgnoreCase));
}
