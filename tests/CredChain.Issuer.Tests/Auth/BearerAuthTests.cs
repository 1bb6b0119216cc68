using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using CredChain.Issuer.Tests.Infrastructure;
using Microsoft.IdentityModel.Tokens;

namespace CredChain.Issuer.Tests.Auth;

public sealed class BearerAuthTests : IClassFixture<BearerAuthTests.Fixture>
{
    private readonly Fixture _fixture;

    public BearerAuthTests(Fixture fixture) => _fixture = fixture;

    public sealed class Fixture : IAsyncLifetime
    {
        public RSA Rsa { get; } = RSA.Create(2048);

        public IssuerApiFactory Factory { get; private set; } = null!;

        public Guid CredentialOfA { get; private set; }

        public async Task InitializeAsync()
        {
            Factory = new IssuerApiFactory(new Dictionary<string, string?> { ["Auth:SigningKeys:1"] = Rsa.ExportSubjectPublicKeyInfoPem() });
            CredentialOfA = await Seed.CredentialAsync(Factory, TestAccounts.AddressA);
        }

        public async Task DisposeAsync()
        {
            await Factory.DisposeAsync();
            Rsa.Dispose();
        }
    }

    private string QrPath => $"/api/v1/credentials/{_fixture.CredentialOfA}/qr";

    private async Task<HttpResponseMessage> GetWithTokenAsync(string? token)
    {
        using var client = _fixture.Factory.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.GetAsync(QrPath);
    }

    private string Valid(params string[] roles) => _fixture.Factory.Tokens.Mint([TestAccounts.AddressA], roles.Length == 0 ? ["auditor"] : roles);

    [Fact]
    public async Task Request_WithValidEs256Token_Succeeds()
    {
        var response = await GetWithTokenAsync(Valid());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Request_WithValidRs256Token_Succeeds()
    {
        var credentials = new SigningCredentials(new RsaSecurityKey(_fixture.Rsa), SecurityAlgorithms.RsaSha256);
        var token = _fixture.Factory.Tokens.Mint([TestAccounts.AddressA], ["auditor"], credentials: credentials);
        var response = await GetWithTokenAsync(token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Request_WithoutToken_Returns401Problem()
    {
        var response = await GetWithTokenAsync(null);
        await ProblemAssert.HasAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Request_WithAlgNoneToken_Returns401()
    {
        var valid = Valid();
        var payload = valid.Split('.')[1];
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var response = await GetWithTokenAsync($"{header}.{payload}.");
        await ProblemAssert.HasAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task Request_WithExpiredToken_Returns401()
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var token = _fixture.Factory.Tokens.Mint([TestAccounts.AddressA], ["auditor"], notBefore: now.AddHours(-2), expires: now.AddHours(-1));
        await ProblemAssert.HasAsync(await GetWithTokenAsync(token), HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task Request_WithWrongAudience_Returns401()
    {
        var token = _fixture.Factory.Tokens.Mint([TestAccounts.AddressA], ["auditor"], audience: "credchain-verifier");
        await ProblemAssert.HasAsync(await GetWithTokenAsync(token), HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task Request_WithWrongIssuer_Returns401()
    {
        var token = _fixture.Factory.Tokens.Mint([TestAccounts.AddressA], ["auditor"], issuer: "someone-else");
        await ProblemAssert.HasAsync(await GetWithTokenAsync(token), HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task Request_SignedWithUnknownKey_Returns401()
    {
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var credentials = new SigningCredentials(new ECDsaSecurityKey(other), SecurityAlgorithms.EcdsaSha256);
        var token = _fixture.Factory.Tokens.Mint([TestAccounts.AddressA], ["auditor"], credentials: credentials);
        await ProblemAssert.HasAsync(await GetWithTokenAsync(token), HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Theory]
    [InlineData("pem")]
    [InlineData("spki")]
    public async Task Request_Hs256SignedWithThePublicKey_Returns401(string keyForm)
    {
        var publicKey = keyForm == "pem"
            ? Encoding.UTF8.GetBytes(_fixture.Factory.Tokens.PublicKeyPem)
            : Convert.FromBase64String(string.Concat(_fixture.Factory.Tokens.PublicKeyPem.Split('\n').Where(l => !l.StartsWith("-----", StringComparison.Ordinal))));
        var credentials = new SigningCredentials(new SymmetricSecurityKey(publicKey), SecurityAlgorithms.HmacSha256);
        var token = _fixture.Factory.Tokens.Mint([TestAccounts.AddressA], ["auditor"], credentials: credentials);
        await ProblemAssert.HasAsync(await GetWithTokenAsync(token), HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task Request_ForAnotherIssuersCredential_Returns403Problem()
    {
        var token = _fixture.Factory.Tokens.Mint([TestAccounts.AddressB], ["auditor", "registrar", "revoker"]);
        var json = await ProblemAssert.HasAsync(await GetWithTokenAsync(token), HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal("The credential belongs to an issuer account the caller does not act for.", json.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Request_WithoutAnyRole_Returns403()
    {
        var token = _fixture.Factory.Tokens.Mint([TestAccounts.AddressA], []);
        await ProblemAssert.HasAsync(await GetWithTokenAsync(token), HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task UnknownCredential_Returns404Problem()
    {
        using var client = _fixture.Factory.CreateClientFor([TestAccounts.AddressA], "auditor");
        var response = await client.GetAsync($"/api/v1/credentials/{Guid.CreateVersion7()}/qr");
        await ProblemAssert.HasAsync(response, HttpStatusCode.NotFound, "not_found");
    }
}
