using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using CredChain.Core.Documents;
using CredChain.Core.Issuing;
using CredChain.Core.Merkle;
using CredChain.Core.Verification;
using CredChain.Ethereum.Registry;
using CredChain.Ethereum.Transactions;
using CredChain.EndToEnd.Tests.Holder;
using CredChain.EndToEnd.Tests.Infrastructure;
using CredChain.EndToEnd.Tests.Json;

namespace CredChain.EndToEnd.Tests.Attacks;

/// <summary>
/// The hand edits of issue 12, made to real anchored documents the way a holder can (with Core's own leaf hashes and
/// no secret), each verified through <c>POST /api/v1/verify</c> on the real portal.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class HandEditAttackTests(EndToEndFixture system)
{
    private IssuedDocument Document(string label) => system.Documents.Single(d => d.Label == label);

    private async Task<string> VerifyAsync(JTree tree) => Verdicts.Of(await system.Portal.VerifyAsync(JWriter.WriteUtf8(tree, JFormat.Compact)));

    [Theory]
    [InlineData("the envelope leaf")]
    [InlineData("a v1-style leaf hash of {\"path\":\"/validUntil\",…}")]
    public async Task ExpiredCredential_WithValidUntilDeletedAndALeafAddedToHiddenLeaves_IsTamperedNotValid(string added)
    {
        var expired = new HolderCopy(Document("A-north/b2/c8"));
        var edited = expired.Tree.Without("/validUntil");
        var leaf = added.StartsWith("the envelope", StringComparison.Ordinal)
            ? expired.EnvelopeLeaf
            : HolderCopy.V1Leaf("/validUntil", HolderCopy.RandomSalt(new Random(12)), expired.Tree["validUntil"]!);
        edited = HolderCopy.WithMoreHidden(edited, [leaf]);

        Assert.Equal(Verdicts.Expect("expired", "validityWindow:invalid:expired"), await VerifyAsync(expired.Tree));
        // Without validUntil the window check passes: only the envelope leaf, which covers validUntil, gives the edit away.
        Assert.Equal(Verdicts.Expect("tampered", Verdicts.TargetHashMismatch), await VerifyAsync(edited));
    }

    [Theory]
    [InlineData("A-south/b0/c0", "/type/1")]
    [InlineData("A-south/b2/c9", "/type/2")]
    [InlineData("B-west/b2/c9", "/type/2")]
    public async Task TrailingTypeEntryRemoved_WithTheEnvelopeLeafOfferedInItsPlace_IsTampered(string label, string entry)
    {
        var document = new HolderCopy(Document(label));
        Assert.Equal(entry, $"/type/{document.Document.Credential.Types.Length - 1}");

        var edited = HolderCopy.WithMoreHidden(document.Tree.Without(entry), [document.EnvelopeLeaf]);

        Assert.Equal(Verdicts.Expect("tampered", Verdicts.TargetHashMismatch), await VerifyAsync(edited));
    }

    [Fact]
    public async Task TrailingContextEntryRemoved_IsTampered()
    {
        // The issuing API writes only the base context, so this credential is made by Core and anchored directly on the
        // registry by an account accredited for the purpose (not one the issuing service signs for, whose nonces it keeps).
        var network = system.NetworkA;
        var lab = await network.AccreditNewIssuerAsync(new IssuerProfile("实验学院", "Laboratory College", "lab.example.edu.cn"));
        var factory = new CredentialFactory(TimeProvider.System, RandomNumberGenerator.Create());
        var issuer = IssuerRef.ForAccount(network.ChainId, lab.Address, "实验学院 Laboratory College");
        var drafts = Enumerable.Range(0, 2).Select(n => new CredentialDraft(
            issuer, ["UniversityDegreeCredential"], JsonSerializer.SerializeToElement(Subjects.Subject("lab", n), Subjects.Json), TimeProvider.System.GetUtcNow().AddDays(-1))
        {
            AdditionalContexts = ["https://www.w3.org/ns/credentials/examples/v2"],
        });
        var issued = drafts.Select(factory.Create).ToList();
        var tree = MerkleTree.Build(issued.Select(d => d.Proof.TargetHash));
        var registry = new CredentialRegistryClient(network.Web3, network.Deployment.CredentialRegistryAddress, new TransactionService(network.Web3, network.Node.TransactionOptions));
        var receipt = await registry.AnchorAsync(lab, tree.Root.ToByteArray());
        var anchor = new AnchorRef(network.ChainId, network.RegistryAddress, CredChain.Core.Hashing.Hash32.Parse(receipt.TransactionHash), (long)receipt.BlockNumber.Value);
        var anchored = issued[0].WithAnchor(tree.Root, tree.GetProof(issued[0].Proof.TargetHash), anchor);
        var document = new HolderCopy(new IssuedDocument("lab/c0", system.North with { Label = "lab" }, 0, anchored.ToJsonString(), "valid"));

        var edited = HolderCopy.WithMoreHidden(document.Tree.Without("/@context/1"), [document.EnvelopeLeaf]);

        Assert.Equal(Verdicts.Expect("valid"), await VerifyAsync(document.Tree));
        Assert.Equal(Verdicts.Expect("tampered", Verdicts.TargetHashMismatch), await VerifyAsync(edited));
    }

    [Theory]
    [InlineData("A-north/b1/c4", "/credentialSubject/honours/2")]
    [InlineData("A-north/b1/c6", "/credentialSubject/courses/2")]
    [InlineData("A-south/b0/c0", "/credentialSubject/scores/0/1")]
    [InlineData("A-south/b0/c0", "/credentialSubject/scores/2")]
    public async Task LastElementOfASubjectArrayRemoved_WithItsLeafHashesHiddenAndItsSaltsDropped_IsTampered(string label, string element)
    {
        var document = new HolderCopy(Document(label));
        var hashes = document.LeavesUnder(element).Select(l => l.Hash).ToList();
        Assert.NotEmpty(hashes);

        var edited = HolderCopy.WithMoreHidden(HolderCopy.WithoutSaltsUnder(document.Tree.Without(element), element), hashes);

        Assert.Equal(Verdicts.Expect("tampered", Verdicts.TargetHashMismatch), await VerifyAsync(edited));
    }

    [Theory]
    [InlineData("A-north/b0/c0", "/credentialSubject/honours/0")]
    [InlineData("B-west/b0/c2", "/credentialSubject/thesis/advisors/0")]
    public async Task OnlyElementOfAnArrayRemoved_LeavesAnEmptyArray_AndIsTampered(string label, string element)
    {
        var document = new HolderCopy(Document(label));
        Assert.Single(document.Tree.At(element[..element.LastIndexOf('/')])!.Items);

        var edited = HolderCopy.WithMoreHidden(HolderCopy.WithoutSaltsUnder(document.Tree.Without(element), element), document.LeavesUnder(element).Select(l => l.Hash));

        Assert.Equal(Verdicts.Expect("tampered", "integrity:invalid:emptyContainer"), await VerifyAsync(edited));
    }

    [Theory]
    [InlineData("/credentialSubject/honours")]
    [InlineData("/credentialSubject/courses")]
    [InlineData("/credentialSubject/scores")]
    public async Task ArrayRewrittenAsAnObjectWithElementOneHidden_IsTampered(string array)
    {
        var document = new HolderCopy(Document("A-south/b1/c4"));
        var items = document.Tree.At(array)!.Items;
        Assert.True(items.Length >= 3);
        var element = array + "/1";

        var asObject = JTree.Object(items.Select((item, i) => new JMember(i.ToString(CultureInfo.InvariantCulture), item)).Where((_, i) => i != 1));
        var edited = HolderCopy.WithMoreHidden(HolderCopy.WithoutSaltsUnder(document.Tree.With(array, asObject), element), document.LeavesUnder(element).Select(l => l.Hash));

        Assert.Equal(Verdicts.Expect("tampered", Verdicts.TargetHashMismatch), await VerifyAsync(edited));
    }

    [Theory]
    [InlineData("/credentialSubject/examId", "20230000000000000", "20230000000000001")]
    [InlineData("/credentialSubject/examId", "20230000000000000", "2.023e16")]
    [InlineData("/credentialSubject/balance", "-12.5", "-12.50")]
    [InlineData("/credentialSubject/scores/0/1", "85.5", "85.50")]
    [InlineData("/credentialSubject/courses/0/credits", "4", "4.0")]
    [InlineData("/credentialSubject/zero", "0", "-0")]
    public async Task IssuedNumberRespelled_IsTamperedWithNumberNotCanonical(string field, string issued, string respelled)
    {
        var document = new HolderCopy(Document("A-north/b2/c10"));
        Assert.Equal(issued, document.Tree.At(field)!.Text);

        var edited = document.Tree.With(field, JTree.Number(respelled));

        Assert.Equal(Verdicts.Expect("tampered", Verdicts.NumberNotCanonical), await VerifyAsync(edited));
    }

    [Fact]
    public async Task DraftWithANumberADoubleCannotHold_IsRefusedByTheIssuingApiWithInexactNumberAndItsPath()
    {
        var subject = Subjects.Subject("inexact", 0);
        var request = Subjects.Request(subject).Replace("20230000000000000", "20230000000000001", StringComparison.Ordinal);

        using var response = await system.IssuingA.PostCredentialAsync(system.North, request);

        var problem = await ProblemAssert.HasAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(
            ["1 inexact_number /credentialSubject/examId"],
            problem.GetProperty("errors").EnumerateArray().Select(e => $"{e.GetProperty("row").GetInt32()} {e.GetProperty("code").GetString()} {e.GetProperty("field").GetString()}"));
    }
}
