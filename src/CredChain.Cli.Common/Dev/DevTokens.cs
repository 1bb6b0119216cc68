using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CredChain.Cli.Dev;

/// <summary>Mints bearer tokens the issuing service accepts when it trusts the dev signing key.</summary>
internal static class DevTokens
{
    /// <summary>The <c>iss</c> the embedded issuing service expects (its appsettings.json default too).</summary>
    public const string Issuer = "credchain-dev";

    /// <summary>The <c>aud</c> the issuing service expects.</summary>
    public const string Audience = "credchain-issuer";

    // Claim names and role values read by the issuing service (CredChain.Issuer.Auth.IssuerClaims).
    public const string IssuerAccountClaim = "credchain_issuer";
    public const string RoleClaim = "role";

    /// <summary>Every role the issuing service knows; <c>operator</c> sees the details of its /health.</summary>
    public static readonly IReadOnlyList<string> Roles = ["registrar", "revoker", "auditor", "operator"];

    public static string Mint(ECDsa key, string issuerAccount, IEnumerable<string> roles, TimeSpan lifetime, TimeProvider time)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var claims = new List<Claim> { new("sub", "credchain-cli"), new(IssuerAccountClaim, issuerAccount) };
        claims.AddRange(roles.Distinct(StringComparer.Ordinal).Select(r => new Claim(RoleClaim, r)));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now.AddSeconds(-30),
            Expires = now.Add(lifetime),
            SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(key), SecurityAlgorithms.EcdsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
