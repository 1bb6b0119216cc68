using CredChain.Verifier.Hosting;

namespace CredChain.Verifier.Networks;

/// <summary>A network of the trust list, with addresses normalised to lower case.</summary>
internal sealed record TrustedNetwork(
    string Key,
    string NameZh,
    string NameEn,
    long ChainId,
    Uri RpcUrl,
    string RegistryAddress,
    string GovernanceAddress,
    long DeploymentBlock)
{
    public static TrustedNetwork From(NetworkOptions o) => new(
        o.Key, o.NameZh, o.NameEn, o.ChainId, new Uri(o.RpcUrl),
        o.RegistryAddress.ToLowerInvariant(), o.GovernanceAddress.ToLowerInvariant(), o.DeploymentBlock);
}
