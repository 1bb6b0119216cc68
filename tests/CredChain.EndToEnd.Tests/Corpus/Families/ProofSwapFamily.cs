using CredChain.EndToEnd.Tests.Holder;
using CredChain.EndToEnd.Tests.Json;

namespace CredChain.EndToEnd.Tests.Corpus.Families;

/// <summary>
/// Proof fields taken from another credential — of the same batch, another batch of the same issuer, another issuer on
/// the same network, and the other network: targetHash, merkleRoot, merklePath, anchor, salts, hiddenLeaves, the whole
/// proof, the whole credentialSubject with its salts and hidden leaves, and everything but the envelope. An anchor that
/// differs only in its transaction hash and block number (same chain and registry) is informational by design: the
/// verdict must then stay what it was and show where the chain anchored the root, not what the document claims.
/// </summary>
internal sealed class ProofSwapFamily : MutationFamily
{
    private const int PartnersPerRelation = 2;

    public override string Name => "proof fields swapped";

    public override IReadOnlySet<string> Allowed { get; } = Outcomes.Set(
        Outcomes.Mismatch, Outcomes.ValueWithoutSalt, Outcomes.SaltWithoutValue, Outcomes.PathInvalid, Outcomes.RejectedOnChain, Outcomes.HiddenNotCanonical,
        Outcomes.NotAnchored, Outcomes.UnknownNetwork, Outcomes.IssuerChainMismatch, Outcomes.IssuerAddressMismatch);

    public override IEnumerable<Mutation> Generate(HolderCopy document, CorpusContext context, Random random)
    {
        foreach (var relation in Enum.GetValues<PartnerRelation>())
        {
            var partners = context.Partners(document, relation);
            foreach (var partner in partners.OrderBy(_ => random.Next()).Take(PartnersPerRelation))
            {
                var from = $"from {partner.Label} ({relation})";
                foreach (var field in new[] { "targetHash", "merkleRoot", "merklePath", "salts", "hiddenLeaves" })
                {
                    var value = partner.Tree.At("/proof/" + field) ?? JTree.Array([]);
                    yield return Edit(document, $"proof.{field} {from}", document.Tree.With("/proof/" + field, value));
                }

                yield return AnchorSwap(document, partner, from);
                yield return Edit(document, $"the whole proof {from}", document.Tree.With("/proof", partner.Tree["proof"]!));
                var subject = document.Tree.With("/credentialSubject", partner.Tree["credentialSubject"]!)
                    .With("/proof/salts", partner.Tree.At("/proof/salts")!)
                    .With("/proof/hiddenLeaves", partner.Tree.At("/proof/hiddenLeaves") ?? JTree.Array([]));
                yield return Edit(document, $"credentialSubject with its salts and hiddenLeaves {from}", subject);
                yield return Edit(document, $"credentialSubject and the whole proof {from} (only the envelope kept)", subject.With("/proof", partner.Tree["proof"]!));
            }
        }
    }

    private Mutation AnchorSwap(HolderCopy document, HolderCopy partner, string from)
    {
        var tree = document.Tree.With("/proof/anchor", partner.Tree.At("/proof/anchor")!);
        var mine = document.Document.Proof.Anchor!;
        var theirs = partner.Document.Proof.Anchor!;
        if (mine.ChainId != theirs.ChainId || !string.Equals(mine.Registry, theirs.Registry, StringComparison.OrdinalIgnoreCase))
        {
            return Edit(document, $"proof.anchor {from}", tree);
        }

        return Edit(document, $"proof.anchor {from}: only transactionHash and blockNumber differ (informational)", tree, Outcomes.Set(document.Source.Expected)) with
        {
            Family = AnchorInformational,
            MustContain = $"\"transactionHash\":\"{mine.TransactionHash}\"",
        };
    }

    /// <summary>The table row of anchor swaps that keep the chain and registry: expected to verify as before.</summary>
    public const string AnchorInformational = "anchor tx/block only (informational, by design)";
}
