using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CredChain.EndToEnd.Tests.Infrastructure;

/// <summary>Mints ES256 bearer tokens with a key generated per instance; the issuing service is given only its public half.</summary>
public sealed class TestTokens : IDisposable
{
    public const string Issuer = "credchain-e2e";
    public const string Audience = "credchain-issuer";

    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public string PublicKeyPem => _key.ExportSubjectPublicKeyInfoPem();

    /// <summary>A token acting for <paramref name="account"/> with every role (registrar, revoker, auditor), valid for an hour.</summary>
    public string Mint(string account)
    {
        var claims = new List<Claim> { new("sub", "e2e-test"), new("credchain_issuer", account.ToLowerInvariant()) };
        claims.AddRange(new[] { "registrar", "revoker", "auditor" }.Select(r => new Claim("role", r)));
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = now.AddMinutes(-1),
            IssuedAt = now.AddMinutes(-1),
            Expires = now.AddHours(1),
            SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(_key), SecurityAlgorithms.EcdsaSha256),
        });
    }

    public void Dispose() => _key.Dispose();
}
