using System.Security.Cryptography;
using System.Text.Json;
using CredChain.Core.Disclosure;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Issuing;
using CredChain.Core.Merkle;
using CredChain.Core.Tests.Support;
using CredChain.Core.Verification;
using Microsoft.Extensions.Time.Testing;

namespace CredChain.Core.Tests.Usage;

/// <summary>The end-to-end example from src/CredChain.Core/README.md, kept compiling and passing.</summary>
public sealed class UsageExampleTests
{
    [Fact]
    public async Task ReadmeExample_IssueBatchAnchorHideVerify_IsValid()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero));
        var registry = new InMemoryAnchorRegistry(); // in production: the Ethereum layer's IAnchorRegistry

        // README example starts here.
        var issuer = IssuerRef.ForAccount(31337, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "清华大学 Tsinghua University");
        var factory = new CredentialFactory(time, RandomNumberGenerator.Create());
        var subject = JsonElement.Parse("""{"name":"张伟","degree":{"name":"工学学士","major":"Computer Science"},"gpa":3.78}""");
        var issued = Enumerable.Range(0, 3).Select(_ => factory.Create(new CredentialDraft(issuer, ["UniversityDegreeCredential"], subject, time.GetUtcNow()))).ToList();
        var tree = MerkleTree.Build(issued.Select(d => d.Proof.TargetHash));                       // one batch, one root
        registry.Anchor(tree.Root);                                                                 // (the issuing service sends anchor(root) here)
        var anchor = new AnchorRef(31337, "0x5FbDB2315678afecb367f032d93F642f64180aa3", Keccak256.Hash("tx"u8), 12);
        var anchored = issued.Select(d => d.WithAnchor(tree.Root, tree.GetProof(d.Proof.TargetHash), anchor)).ToList();
        var shared = SelectiveDisclosure.Hide(anchored[0], ["/credentialSubject/gpa"]);           // holder hides a field
        var verdict = await new CredentialVerifier(registry, time).VerifyAsync(shared.ToUtf8Bytes());
        // README example ends here.

        Assert.Equal(VerdictStatus.Valid, verdict.Status);
        Assert.All(verdict.Results, r => Assert.Equal(CheckStatus.Valid, r.Status));
        Assert.False(verdict.Document!.Credential.Subject.TryGetProperty("gpa", out _));
    }
}
