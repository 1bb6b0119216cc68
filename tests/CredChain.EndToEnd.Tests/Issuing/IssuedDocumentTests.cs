using CredChain.EndToEnd.Tests.Infrastructure;

namespace CredChain.EndToEnd.Tests.Issuing;

/// <summary>The fixture's documents, untouched, verify as issued: the baseline every hand edit is measured against.</summary>
[Collection(EndToEndGroup.Name)]
public sealed class IssuedDocumentTests(EndToEndFixture system)
{
    [Fact]
    public async Task EveryIssuedDocumentAndHiddenCopy_VerifiesAsIssuedThroughThePortal()
    {
        var outcomes = new List<string>();
        foreach (var document in system.Documents)
        {
            outcomes.Add($"{document.Label}: {(await system.Portal.VerifyAsync(document.Json)).Brief}");
        }

        Assert.Equal(system.Documents.Select(d => $"{d.Label}: {d.Expected}"), outcomes);
    }

    [Fact]
    public async Task EveryFieldThePortalShows_IsExactlyTheValueItsLeafHashed()
    {
        // What an employer reads must be what was hashed: the portal's fields are Core's leaves, and a number shows the
        // canonical digits its leaf hashed (which, in an issued document, are also the digits the file holds).
        foreach (var document in system.Documents)
        {
            var body = System.Text.Json.JsonDocument.Parse((await system.Portal.VerifyAsync(document.Json)).Body).RootElement;
            var shown = body.GetProperty("disclosedFields").EnumerateArray().Select(f => (f.GetProperty("path").GetString(), f.GetProperty("value").GetString()));
            var leaves = Core.Leaves.CredentialHashing.ComputeLeaves(document.Document);

            Assert.Equal(leaves.Select(l => ((string?)l.Path, (string?)l.Text)), shown);
            using var parsed = System.Text.Json.JsonDocument.Parse(document.Json);
            Assert.All(leaves.Where(l => l.Kind == System.Text.Json.JsonValueKind.Number), l =>
                Assert.Equal((l.Value, l.Value), (l.Text, At(parsed.RootElement, l.Path).GetRawText())));
            Assert.All(leaves, l => Assert.Equal(Core.Hashing.Keccak256.Hash(l.Preimage), l.Hash));
        }
    }

    private static System.Text.Json.JsonElement At(System.Text.Json.JsonElement root, string pointer)
    {
        var element = root;
        foreach (var token in Core.Documents.JsonPointer.Parse(pointer))
        {
            element = element.ValueKind == System.Text.Json.JsonValueKind.Array
                ? element[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)]
                : element.GetProperty(token);
        }

        return element;
    }

    [Fact]
    public void Fixture_IssuedSeveralBatchesPerInstitutionOnBothNetworks()
    {
        var batches = system.Documents.Where(d => !d.IsHidden)
            .GroupBy(d => d.Issuer.Label)
            .ToDictionary(g => g.Key, g => g.Select(d => d.Document.Proof.MerkleRoot).Distinct().Count());
        var chains = system.Documents.Select(d => d.Document.Proof.Anchor!.ChainId).Distinct().Order();

        Assert.Equal(["A-north", "A-south", "B-west"], batches.Keys.Order());
        Assert.All(batches.Values, count => Assert.True(count >= 3, $"{count} batches"));
        Assert.Equal([EndToEndFixture.ChainIdA, EndToEndFixture.ChainIdB], chains);
        Assert.Equal(12, system.Documents.Count(d => d.IsHidden));
    }
}
