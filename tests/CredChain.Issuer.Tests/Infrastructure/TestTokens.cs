using System.Security.Claims;
using System.Security.Cryptography;
using CredChain.Issuer.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CredChain.Issuer.Tests.Infrastructure;

/// <summary>Mints bearer tokens with an ES256 key generated per instance; only its public half is given to the service.</summary>
public sealed class TestTokens : IDisposable
{
    public const string Issuer = "credchain-test";
    public const string Audience = "credchain-issuer";

    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public string PublicKeyPem => _key.ExportSubjectPublicKeyInfoPem();

    public SecurityKey SigningKey => new ECDsaSecurityKey(_key);

    public string Mint(
        IEnumerable<string> accounts,
        IEnumerable<string> roles,
        string? audience = null,
        DateTime? expires = null,
        DateTime? notBefore = null,
        string? issuer = null,
        SigningCredentials? credentials = null)
    {
        var claims = new List<Claim> { new("sub", "test-user") };
        claims.AddRange(accounts.Select(a => new Claim(IssuerClaims.IssuerAccount, a)));
        claims.AddRange(roles.Select(r => new Claim(IssuerClaims.Role, r)));
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience ?? Audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = notBefore ?? now.AddMinutes(-1),
            IssuedAt = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddMinutes(10),
            SigningCredentials = credentials ?? new SigningCredentials(SigningKey, SecurityAlgorithms.EcdsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public void Dispose() => _key.Dispose();
}
