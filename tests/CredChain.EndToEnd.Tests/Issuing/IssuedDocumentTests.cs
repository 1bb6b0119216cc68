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
