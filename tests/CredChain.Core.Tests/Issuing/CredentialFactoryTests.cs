using System.Security.Cryptography;
using System.Text.Json;
using CredChain.Core.Documents;
using CredChain.Core.Issuing;
using CredChain.Core.Leaves;
using CredChain.Core.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CredChain.Core.Tests.Issuing;

public sealed class CredentialFactoryTests
{
    [Fact]
    public void Create_WritesTheVc2EnvelopeInFixedOrder()
    {
        var document = Samples.Credential();
        var names = document.Credential.Members.Select(m => m.Name).ToArray();
        // The envelope in canonical (RFC 8785) member order, so its leaf hashes the bytes as written; the subject last.
        Assert.Equal(["@context", "id", "issuer", "type", "validFrom", "validUntil", "credentialSubject"], names);
        Assert.Equal("2026-07-01T08:30:00Z", document.Credential.Members.Single(m => m.Name == "validFrom").Value.GetString());
        Assert.Equal("2076-07-01T08:30:00Z", document.Credential.Members.Single(m => m.Name == "validUntil").Value.GetString());
    }

    [Fact]
    public void Create_GivesEverySubjectLeafASaltAndTheTargetHashOfItsLeavesAndEnvelope()
    {
        var document = Samples.Credential();
        var leaves = CredentialHashing.ComputeLeaves(document);
        Assert.Equal(leaves.Select(l => l.Path).Order(StringComparer.Ordinal), document.Proof.Salts.Keys);
        Assert.All(document.Proof.Salts.Keys, key => Assert.StartsWith("/credentialSubject/", key, StringComparison.Ordinal));
        Assert.Equal(leaves.Length, document.Proof.Salts.Values.Distinct().Count());
        Assert.Equal(document.Proof.TargetHash, CredentialHashing.ComputeTargetHash(leaves.Select(l => l.Hash).Append(CredentialHashing.ComputeEnvelopeLeaf(document))));
        Assert.Empty(document.Proof.HiddenLeaves);
        Assert.False(document.Proof.IsAnchored);
    }

    [Fact]
    public void Create_IdIsUuidV7FromTheInjectedClock()
    {
        var document = Samples.Credential();
        var uuid = document.Credential.Uuid;
        Assert.Equal(7, uuid.Version);
        var bytes = uuid.ToByteArray(bigEndian: true);
        var milliseconds = bytes.Take(6).Aggregate(0L, (acc, b) => (acc << 8) | b);
        Assert.Equal(Samples.IssuedAt.ToUnixTimeMilliseconds(), milliseconds);
        Assert.Equal(0x80, bytes[8] & 0xC0);
    }

    [Fact]
    public void Create_SameSeed_IsReproducible_DifferentSeed_DiffersInIdSaltsAndTargetHash()
    {
        var first = Samples.Credential(seed: 5);
        var again = Samples.Credential(seed: 5);
        var other = Samples.Credential(seed: 6);
        Assert.Equal(first.ToUtf8Bytes(), again.ToUtf8Bytes());
        Assert.NotEqual(first.Credential.Id, other.Credential.Id);
        Assert.NotEqual(first.Proof.TargetHash, other.Proof.TargetHash);
        Assert.Empty(first.Proof.Salts.Values.Intersect(other.Proof.Salts.Values));
    }

    [Fact]
    public void Create_WithRealCsprng_ProducesDistinctCredentials()
    {
        var factory = new CredentialFactory(new FakeTimeProvider(Samples.IssuedAt), RandomNumberGenerator.Create());
        var targetHashes = Enumerable.Range(0, 50).Select(_ => factory.Create(Samples.Draft()).Proof.TargetHash).ToHashSet();
        Assert.Equal(50, targetHashes.Count);
    }

    [Fact]
    public void Create_IssuedDocument_RoundTripsThroughJson()
    {
        var document = Samples.Credential();
        var parsed = CredentialDocument.Parse(document.ToUtf8Bytes());
        Assert.Equal(document.ToUtf8Bytes(), parsed.ToUtf8Bytes());
        Assert.Equal(document.Proof.TargetHash, CredentialHashing.ComputeTargetHash(parsed));
    }

    [Fact]
    public void Create_DuplicateAndBaseTypes_AreWrittenOnce()
    {
        var draft = Samples.Draft() with { Types = ["VerifiableCredential", "Diploma", "Diploma"] };
        Assert.Equal(["VerifiableCredential", "Diploma"], Samples.Factory().Create(draft).Credential.Types.ToArray());
    }

    [Fact]
    public void Create_FractionalSeconds_AreKept()
    {
        var draft = Samples.Draft() with { ValidFrom = Samples.IssuedAt.AddMilliseconds(250), ValidUntil = null };
        var document = Samples.Factory().Create(draft);
        Assert.Equal("2026-07-01T08:30:00.25Z", document.Credential.Members.Single(m => m.Name == "validFrom").Value.GetString());
        Assert.Null(document.Credential.ValidUntil);
    }

    [Theory]
    [InlineData("""{"a":{}}""", "/credentialSubject/a")]
    [InlineData("""{"a":[1,[]]}""", "/credentialSubject/a/1")]
    [InlineData("""{}""", "/credentialSubject")]
    public void Create_EmptyContainer_IsRejected(string subject, string path)
    {
        var exception = Assert.Throws<CredentialFormatException>(() => Samples.Factory().Create(Samples.Draft(Samples.Json(subject))));
        Assert.Equal((CredentialFormatError.EmptyContainer, path), (exception.Error, exception.Path));
    }

    [Fact]
    public void Create_SubjectNotObject_IsRejected()
    {
        var exception = Assert.Throws<CredentialFormatException>(() => Samples.Factory().Create(Samples.Draft(Samples.Json("[1]"))));
        Assert.Equal(CredentialFormatError.WrongType, exception.Error);
    }

    [Fact]
    public void Create_ValidUntilBeforeValidFrom_IsRejected()
    {
        var draft = Samples.Draft() with { ValidUntil = Samples.IssuedAt.AddDays(-1) };
        Assert.Equal(CredentialFormatError.BadValidityPeriod, Assert.Throws<CredentialFormatException>(() => Samples.Factory().Create(draft)).Error);
    }

    [Fact]
    public void Create_ManyLeaves_UsesHeapSaltBuffer()
    {
        var subject = JsonSerializer.SerializeToElement(new { scores = Enumerable.Range(0, 200).ToArray() });
        var document = Samples.Factory().Create(Samples.Draft(subject));
        Assert.Equal(200, document.Proof.Salts.Count);
        Assert.Equal(document.Proof.TargetHash, CredentialHashing.ComputeTargetHash(document));
    }

    [Theory]
    [InlineData("20230000000000001", "20230000000000000")]
    [InlineData("0.10000000000000001", "0.1")]
    [InlineData("123456789012345678901234567890", "1.2345678901234568e+29")]
    public void Create_NumberADoubleCannotHoldExactly_IsRejectedNamingTheField(string number, string wouldRead)
    {
        var exception = Assert.Throws<CredentialFormatException>(() => Samples.Factory().Create(Samples.Draft(Samples.Json("{\"studentNumber\":" + number + "}"))));
        Assert.Equal((CredentialFormatError.InexactNumber, "/credentialSubject/studentNumber"), (exception.Error, exception.Path));
        Assert.Contains(wouldRead, exception.Message, StringComparison.Ordinal);
        Assert.Equal(exception.Error, Assert.Throws<CredentialFormatException>(() => Samples.Factory().Issue(Samples.Draft(Samples.Json("{\"studentNumber\":" + number + "}")))).Error);
    }

    [Theory]
    [InlineData("3.780", "3.78")]
    [InlineData("1E2", "100")]
    [InlineData("-0", "0")]
    [InlineData("9007199254740992", "9007199254740992")]
    [InlineData("12345678901234567000", "12345678901234567000")]
    [InlineData("1e21", "1e+21")]
    public void Create_ExactNumber_IsWrittenInItsCanonicalForm(string number, string canonical)
    {
        var document = Samples.Factory().Create(Samples.Draft(Samples.Json("{\"n\":" + number + "}")));
        Assert.Contains("\"n\":" + canonical + "}", document.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void IssuerRef_ForAccount_RejectsBadAddress()
    {
        Assert.Throws<ArgumentException>(() => IssuerRef.ForAccount(1, "0x1234", "X"));
        Assert.Throws<ArgumentOutOfRangeException>(() => IssuerRef.ForAccount(0, Samples.IssuerAddress, "X"));
    }
}
