using System.Buffers;
using System.Text;
using CredChain.Core.Hashing;
using CredChain.Core.Issuing;
using CredChain.Core.Leaves;
using CredChain.Core.Tests.Support;

namespace CredChain.Core.Tests.Leaves;

/// <summary>The issuing fast paths are taken for what the factory writes, and give the bytes of the general ones.</summary>
public sealed class EnvelopeLeafTests
{
    private static readonly Guid Id = Guid.Parse("0197a5c2-8b00-7abc-8def-0123456789ab");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void FactoryOutput_TakesTheTokenPaths_AndMatchesTheParsedDocument(bool withValidUntil)
    {
        var draft = Samples.Draft() with { ValidUntil = withValidUntil ? Samples.IssuedAt.AddYears(5) : null, AdditionalContexts = ["https://example.edu/ctx/v1"] };
        var set = LeafSet.Rent();
        var written = DraftWriter.Write(draft, Id, set.ArrayLengths);

        var preimage = new ArrayBufferWriter<byte>();
        Assert.True(CredentialHashing.TryAppendEnvelopePreimage(written.Envelope, preimage));
        var fast = Keccak256.Hash(preimage.WrittenSpan);
        Assert.True(SubjectWalker.Walk(written.Subject, set, strict: true, arrayLengthsKnown: true).Succeeded);

        var document = Samples.Factory().Create(draft, Id);
        Assert.Equal(CredentialHashing.ComputeEnvelopeLeaf(document), fast);
        Assert.Equal(Keccak256.Hash(CredentialHashing.GetEnvelopePreimage(document)), fast);
    }

    [Theory]
    [InlineData("""{"b":1,"a":2}""")]
    [InlineData("""{"a":2.50}""")]
    [InlineData("""{"a":"x","a":"y"}""")]
    [InlineData("""{"a":["\u00e9"]}""")]
    public void TryWritePreimage_InputTheFactoryNeverWrites_FallsBackOrAgreesWithTheGeneralPath(string extra)
    {
        // A credential whose envelope carries an extra member in another shape: unsorted, non-canonical, repeated or escaped.
        var json = "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"extra\":" + extra + ",\"id\":\"x\"}";
        var fast = new ArrayBufferWriter<byte>();
        if (!EnvelopeLeaf.TryWritePreimage(Encoding.UTF8.GetBytes(json), fast))
        {
            return;
        }

        var general = new ArrayBufferWriter<byte>();
        EnvelopeLeaf.WritePreimage(System.Text.Json.JsonElement.Parse(json), general);
        Assert.Equal(Encoding.UTF8.GetString(general.WrittenSpan), Encoding.UTF8.GetString(fast.WrittenSpan));
    }
}
