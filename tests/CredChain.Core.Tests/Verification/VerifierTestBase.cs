using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Issuing;
using CredChain.Core.Merkle;
using CredChain.Core.Tests.Support;
using CredChain.Core.Verification;
using Microsoft.Extensions.Time.Testing;

namespace CredChain.Core.Tests.Verification;

/// <summary>A batch of five issued, its root anchored in an in-memory registry, and the verdict every check gives when nothing is wrong.</summary>
public abstract class VerifierTestBase
{
    protected static readonly AnchorRef Anchor = new(Samples.ChainId, Samples.Registry, Keccak256.Hash("anchor-tx"u8), 118);

    private protected InMemoryAnchorRegistry Registry { get; } = new();
    protected FakeTimeProvider Time { get; } = new(Samples.IssuedAt.AddDays(60));

    protected static readonly CheckResult[] ValidResults =
    [
        new(CheckKind.WellFormed, CheckStatus.Valid, ReasonCode.DocumentWellFormed, "The document is a well-formed credential."),
        new(CheckKind.Integrity, CheckStatus.Valid, ReasonCode.TargetHashMatches, "The content matches its targetHash."),
        new(CheckKind.MerklePath, CheckStatus.Valid, ReasonCode.MerklePathValid, "*"),
        new(CheckKind.Anchored, CheckStatus.Valid, ReasonCode.RootAnchored, "*"),
        new(CheckKind.IssuerIdentity, CheckStatus.Valid, ReasonCode.IssuerMatchesAnchor, "The issuer did:pkh:eip155:31337:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 anchored this credential."),
        new(CheckKind.NotRevoked, CheckStatus.Valid, ReasonCode.NotRevoked, "Not revoked as of block 120."),
        new(CheckKind.IssuerAccredited, CheckStatus.Valid, ReasonCode.IssuerAccredited, "Tsinghua University (tsinghua.edu.cn) was accredited when it anchored this credential and still is."),
        new(CheckKind.ValidityWindow, CheckStatus.Valid, ReasonCode.WithinValidityWindow, "The credential is within its validity period."),
    ];

    protected CredentialVerifier Verifier => new(Registry, Time);

    /// <summary>Issues a batch of five, anchors its root in the registry double, and returns the third credential.</summary>
    protected CredentialDocument AnchoredCredential(Func<CredentialDraft, CredentialDraft>? draft = null, bool anchorOnChain = true)
    {
        var factory = Samples.Factory(seed: 11);
        var batch = Enumerable.Range(0, 5).Select(_ => factory.Create((draft ?? (d => d))(Samples.Draft()))).ToArray();
        var tree = MerkleTree.Build(batch.Select(d => d.Proof.TargetHash));
        if (anchorOnChain)
        {
            Registry.Anchor(tree.Root);
        }

        var document = batch[2];
        return document.WithAnchor(tree.Root, tree.GetProof(document.Proof.TargetHash), Anchor);
    }

    protected static (CheckKind, CheckStatus, ReasonCode)[] Summary(Verdict verdict) =>
        [.. verdict.Results.Select(r => (r.Kind, r.Status, r.Reason))];

    protected static (CheckKind, CheckStatus, ReasonCode)[] ExpectedWith(params (CheckKind Kind, CheckStatus Status, ReasonCode Reason)[] overrides) =>
        [.. ValidResults.Select(r => overrides.FirstOrDefault(o => o.Kind == r.Kind) is { Reason: not 0 } o ? o : (r.Kind, r.Status, r.Reason))];
}
