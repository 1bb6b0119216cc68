using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CredChain.Core.Canonicalization;
using CredChain.Core.Disclosure;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Issuing;
using CredChain.Core.Leaves;
using CredChain.Core.Merkle;
using CredChain.Core.Tests.Support;
using CredChain.Core.Verification;
using CsCheck;
using Microsoft.Extensions.Time.Testing;

namespace CredChain.Core.Tests.Properties;

public sealed class CredentialProperties
{
    private static readonly AnchorRef Anchor = new(Samples.ChainId, Samples.Registry, Keccak256.Hash("tx"u8), 9);

    // Thread-safe: the OS CSPRNG and a clock that is only read.
    private static readonly CredentialFactory Factory = new(new FakeTimeProvider(Samples.IssuedAt), RandomNumberGenerator.Create());

    private static readonly FakeTimeProvider Now = new(Samples.IssuedAt.AddDays(1));

    private static CredentialDocument Issue(JsonElement subject) => Factory.Create(Samples.Draft(subject));

    /// <summary>Issues the subject in a batch of three, anchors the root, and returns the credential with its proof and the registry.</summary>
    private static (CredentialDocument Document, InMemoryAnchorRegistry Registry) IssueAnchored(JsonElement subject)
    {
        var batch = new[] { Issue(subject), Issue(Samples.Subject), Issue(Samples.Subject) };
        var tree = MerkleTree.Build(batch.Select(d => d.Proof.TargetHash));
        var registry = new InMemoryAnchorRegistry();
        registry.Anchor(tree.Root);
        return (batch[0].WithAnchor(tree.Root, tree.GetProof(batch[0].Proof.TargetHash), Anchor), registry);
    }

    private static Verdict Verify(InMemoryAnchorRegistry registry, byte[] document) =>
        Task.Run(() => new CredentialVerifier(registry, Now).VerifyAsync(document)).GetAwaiter().GetResult();

    [Fact]
    public void AnyDocument_RoundTripsThroughJson_AndKeepsItsTargetHash()
    {
        JsonGen.Subject.Sample(subject =>
        {
            var document = Issue(subject);
            var bytes = document.ToUtf8Bytes();
            var parsed = CredentialDocument.Parse(bytes);
            Assert.Equal(bytes, parsed.ToUtf8Bytes());
            Assert.Equal(bytes, CredentialDocument.Parse(document.ToUtf8Bytes(indented: true)).ToUtf8Bytes());
            Assert.Equal(document.Proof.TargetHash, CredentialHashing.ComputeTargetHash(parsed));
        }, iter: 200);
    }

    [Fact]
    public void HidingAnySubsetOfPaths_KeepsTheTargetHash_AndStillVerifies()
    {
        var hiddenSomething = 0;
        Gen.Select(JsonGen.Subject, Gen.Bool.Array[64]).Sample((subject, picks) =>
        {
            var (document, registry) = IssueAnchored(subject);
            var candidates = HideablePaths(document);
            var chosen = candidates.Where((_, i) => picks[i % picks.Length]).ToArray();
            CredentialDocument hidden;
            try
            {
                hidden = SelectiveDisclosure.Hide(document, chosen);
            }
            catch (DisclosureException exception) when (exception.Error is DisclosureError.WouldRemoveArrayElement or DisclosureError.WouldEmptySubject)
            {
                return;
            }

            Assert.Equal(document.Proof.TargetHash, CredentialHashing.ComputeTargetHash(hidden));
            var reparsed = CredentialDocument.Parse(hidden.ToUtf8Bytes());
            Assert.Equal(document.Proof.TargetHash, CredentialHashing.ComputeTargetHash(reparsed));
            Assert.Equal(VerdictStatus.Valid, Verify(registry, hidden.ToUtf8Bytes()).Status);
            if (chosen.Length > 0)
            {
                Interlocked.Increment(ref hiddenSomething);
            }
        }, iter: 200);
        Assert.True(hiddenSomething > 20, $"only {hiddenSomething} samples hid anything");
    }

    [Fact]
    public void ChangingAnyScalarSaltPathElementOrSibling_FailsVerification()
    {
        Gen.Select(JsonGen.Subject, Gen.Int[0, 3], Gen.Int[0, 10_000]).Sample((subject, kind, pick) =>
        {
            var (document, registry) = IssueAnchored(subject);
            var json = JsonNode.Parse(document.ToUtf8Bytes())!.AsObject();
            var leaves = CredentialHashing.ComputeLeaves(document);
            var leaf = leaves[pick % leaves.Length];
            switch (kind)
            {
                case 0:
                    Tamper.ChangeValue(json, leaf.Path);
                    break;
                case 1:
                    Tamper.FlipSalt(json, leaf.Path);
                    break;
                case 2:
                    Tamper.RenamePathElement(json, leaf.Path);
                    break;
                default:
                    Tamper.FlipSibling(json, pick);
                    break;
            }

            var verdict = Verify(registry, Encoding.UTF8.GetBytes(json.ToJsonString()));
            Assert.NotEqual(VerdictStatus.Valid, verdict.Status);
            Assert.Contains(verdict.Status, (VerdictStatus[])[VerdictStatus.Tampered, VerdictStatus.Malformed]);
        }, iter: 300);
    }

    [Fact]
    public void Canonicalization_IsIdempotent_AndIgnoresFormatting()
    {
        JsonGen.Value(3).Sample(node =>
        {
            var text = node?.ToJsonString() ?? "null";
            var canonical = CanonicalJson.Canonicalize(Encoding.UTF8.GetBytes(text));
            Assert.Equal(canonical, CanonicalJson.Canonicalize(canonical));
            var indented = node?.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) ?? "null";
            Assert.Equal(canonical, CanonicalJson.Canonicalize(Encoding.UTF8.GetBytes(indented)));
            Assert.Equal(canonical, CanonicalJson.Canonicalize(JsonElement.Parse(text)));
        }, iter: 500);
    }

    [Fact]
    public void FormatNumber_RoundTripsEveryFiniteDouble()
    {
        Gen.Double.Where(double.IsFinite).Sample(value =>
        {
            var text = CanonicalJson.FormatNumber(value);
            Assert.Equal(value == 0 ? 0 : value, double.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(text, Encoding.UTF8.GetString(CanonicalJson.Canonicalize(Encoding.UTF8.GetBytes(text))));
        }, iter: 2000);
    }

    /// <summary>Every subject leaf and every container below the subject.</summary>
    private static ImmutableArray<string> HideablePaths(CredentialDocument document)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var leaf in CredentialHashing.ComputeLeaves(document))
        {
            var tokens = JsonPointer.Parse(leaf.Path);
            if (tokens[0] != "credentialSubject")
            {
                continue;
            }

            for (var length = 2; length <= tokens.Length; length++)
            {
                paths.Add(JsonPointer.Create(tokens.AsSpan(0, length)));
            }
        }

        return [.. paths];
    }
}
