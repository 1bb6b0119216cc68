using System.Net;
using System.Text;
using CredChain.Cli.Infrastructure;

namespace CredChain.Cli.Tests.Infrastructure;

public sealed class ProblemTextTests
{
    [Fact]
    public void CatalogueCode_GetsItsChineseTitleBeforeTheServersTitle()
    {
        var body = """{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.5","title":"Share not found","status":404,"detail":"No share has this id.","code":"share.not_found","traceId":"0HN1"}""";

        Assert.Equal("404 分享不存在 / Share not found [share.not_found]: No share has this id.", ProblemText.Describe(Encoding.UTF8.GetBytes(body), HttpStatusCode.NotFound));
    }

    [Fact]
    public void CatalogueCode_WithoutTitle_TakesBothTitlesFromTheCatalogue()
    {
        var body = """{"status":422,"code":"idempotency_key_reused"}""";

        Assert.Equal("422 幂等键已被其他请求使用 / Idempotency-Key reused [idempotency_key_reused]", ProblemText.Describe(Encoding.UTF8.GetBytes(body), HttpStatusCode.UnprocessableEntity));
    }

    [Fact]
    public void UnknownCode_IsShownAsTheServerSentIt()
    {
        var body = """{"title":"Teapot","status":418,"code":"http_418","detail":"short and stout"}""";

        Assert.Equal("418 Teapot [http_418]: short and stout", ProblemText.Describe(Encoding.UTF8.GetBytes(body), (HttpStatusCode)418));
    }

    [Fact]
    public void NotJson_ShowsTheStartOfTheBody()
    {
        Assert.Equal("502 BadGateway: <html> bad gateway </html>", ProblemText.Describe(Encoding.UTF8.GetBytes("<html>\nbad gateway\n</html>"), HttpStatusCode.BadGateway));
    }
}
