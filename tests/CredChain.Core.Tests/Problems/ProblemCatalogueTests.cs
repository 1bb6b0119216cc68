using CredChain.Core.Problems;

namespace CredChain.Core.Tests.Problems;

public sealed class ProblemCatalogueTests
{
    public static TheoryData<ProblemDialect> Dialects() => new(Enum.GetValues<ProblemDialect>());

    [Fact]
    public void EveryCode_IsUnique_AnErrorStatus_AndTitledInChineseAndEnglish()
    {
        var all = ProblemCatalogue.All;

        Assert.Equal(all.Count, all.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(all, c =>
        {
            Assert.InRange(c.Status, 400, 599);
            Assert.Matches(@"^[a-z]+([._\-][a-z0-9]+)*$", c.Code);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", c.TitleZh);
            Assert.Matches("^[A-Z][A-Za-z0-9' -]+$", c.TitleEn);
            Assert.Equal($"{c.TitleZh} / {c.TitleEn}", c.BilingualTitle);
        });
    }

    [Fact]
    public void All_HoldsEveryDeclaredCode_AndFindReturnsIt()
    {
        Assert.Equal(41, ProblemCatalogue.All.Count);
        Assert.All(ProblemCatalogue.All, c => Assert.Same(c, ProblemCatalogue.Find(c.Code)));
        Assert.Null(ProblemCatalogue.Find("no_such_code"));
        Assert.Null(ProblemCatalogue.Find(null));
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void DefaultForEveryErrorStatus_IsInTheCatalogue_OrTheIssuersHttpFallback(ProblemDialect dialect)
    {
        var outside = Enumerable.Range(400, 200)
            .Select(status => (status, code: ProblemDefaults.ForStatus(dialect, status)))
            .Where(d => ProblemCatalogue.Find(d.code) is null)
            .ToList();

        Assert.All(outside, d => Assert.Equal($"http_{d.status}", d.code));
        Assert.All(outside, d => Assert.InRange(d.status, 400, 499));
        Assert.True(dialect != ProblemDialect.Portal || outside.Count == 0);
    }

    [Fact]
    public void Defaults_AreTheCodesClientsAlreadySee()
    {
        int[] statuses = [400, 401, 403, 404, 405, 409, 413, 415, 429, 500, 502, 503];
        string Row(ProblemDialect d) => string.Join(' ', statuses.Select(s => ProblemDefaults.ForStatus(d, s)));

        Assert.Equal(
            "bad_request unauthorized forbidden not_found method_not_allowed conflict payload_too_large unsupported_media_type http_429 internal_error internal_error internal_error",
            Row(ProblemDialect.Issuer));
        Assert.Equal(
            "request.bad request.bad request.bad not_found method_not_allowed request.bad request.too_large request.unsupported_media_type request.rate_limited internal_error internal_error service_unavailable",
            Row(ProblemDialect.Portal));
        Assert.Equal(Row(ProblemDialect.Issuer), Row(ProblemDialect.Relay));
    }
}
