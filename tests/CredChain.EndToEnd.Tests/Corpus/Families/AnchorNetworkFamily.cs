using System.Globalization;
using CredChain.EndToEnd.Tests.Holder;
using CredChain.EndToEnd.Tests.Json;

namespace CredChain.EndToEnd.Tests.Corpus.Families;

/// <summary>
/// The anchor pointed elsewhere: the other trusted network's chain id (with this registry address, and with the other
/// network's registry), chain ids no one trusts, and other registry addresses (random, the governance contract, the
/// zero address).
/// </summary>
internal sealed class AnchorNetworkFamily : MutationFamily
{
    public override string Name => "wrong chain id / registry";

    public override IReadOnlySet<string> Allowed { get; } = Outcomes.Set(Outcomes.UnknownNetwork, Outcomes.NotAnchored, Outcomes.IssuerChainMismatch);

    public override IEnumerable<Mutation> Generate(HolderCopy document, CorpusContext context, Random random)
    {
        var own = document.Source.Issuer.Chain;
        var other = own == context.System.NetworkA ? context.System.NetworkB : context.System.NetworkA;
        var tree = document.Tree;
        JTree Chain(long id) => JTree.Number(id.ToString(CultureInfo.InvariantCulture));
        JTree Registry(string address) => JTree.String(address.ToLowerInvariant());

        yield return Edit(document, $"anchor.chainId -> {other.ChainId} (the other trusted network), registry kept", tree.With("/proof/anchor/chainId", Chain(other.ChainId)));
        yield return Edit(document, $"anchor -> the other trusted network (chain {other.ChainId}, its registry)", tree.With("/proof/anchor/chainId", Chain(other.ChainId)).With("/proof/anchor/registry", Registry(other.RegistryAddress)));
        foreach (var unknown in new long[] { 1, 5, 999, own.ChainId + 1 })
        {
            yield return Edit(document, $"anchor.chainId -> {unknown} (untrusted)", tree.With("/proof/anchor/chainId", Chain(unknown)));
        }

        var address = new byte[20];
        random.NextBytes(address);
        var addresses = new[]
        {
            ("a random address", "0x" + Convert.ToHexStringLower(address)),
            ("the governance contract", own.Deployment.IssuerRegistryAddress),
            ("the zero address", "0x" + new string('0', 40)),
        };
        foreach (var (what, value) in addresses)
        {
            yield return Edit(document, $"anchor.registry -> {what}", tree.With("/proof/anchor/registry", Registry(value)));
        }
    }
}
