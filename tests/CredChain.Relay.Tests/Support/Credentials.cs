using System.Security.Cryptography;
using System.Text.Json;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Issuing;
using CredChain.Core.Merkle;
using Nethereum.RPC.Eth.DTOs;

namespace CredChain.Relay.Tests.Support;

/// <summary>Issues real credentials on the member network of a <see cref="HubWorld"/>.</summary>
internal static class Credentials
{
    public static async Task<(CredentialDocument Document, MerkleTree Tree)> IssueAsync(HubWorld world)
    {
        var factory = new CredentialFactory(TimeProvider.System, RandomNumberGenerator.Create());
        var issuer = IssuerRef.ForAccount(world.Chains.Member.ChainId, world.Issuer.Address, "Example University");
        var subject = JsonSerializer.SerializeToElement(new { name = "张三 Zhang San", degree = "Bachelor of Engineering" });
        var documents = new[] { subject, JsonSerializer.SerializeToElement(new { name = "李四 Li Si", degree = "Master of Science" }) }
            .Select(s => factory.Create(new CredentialDraft(issuer, ["UniversityDegreeCredential"], s, DateTimeOffset.UnixEpoch.AddYears(50), null)))
            .ToList();
        var tree = MerkleTree.Build(documents.Select(d => d.Proof.TargetHash));
        var receipt = await world.Registry.AnchorAsync(world.Issuer, tree.Root.ToByteArray());
        var anchor = new AnchorRef(world.Chains.Member.ChainId, world.Member.Registry, Hash32.Parse(receipt.TransactionHash), (long)receipt.BlockNumber.Value);
        var document = documents[0];
        return (document.WithAnchor(tree.Root, tree.GetProof(document.Proof.TargetHash), anchor), tree);
    }

    public static Task<TransactionReceipt> RevokeAsync(HubWorld world, CredentialDocument document, MerkleTree tree) =>
        world.Registry.RevokeCredentialAsync(
            world.Issuer, tree.Root.ToByteArray(), document.Proof.TargetHash.ToByteArray(), tree.GetProof(document.Proof.TargetHash).Select(h => h.ToByteArray()).ToList(), 4);
}
