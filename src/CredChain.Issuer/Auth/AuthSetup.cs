using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CredChain.Issuer.Auth;

internal static class AuthSetup
{
    private static readonly string[] AllowedAlgorithms = [SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.RsaSha256];

    public static IServiceCollection AddIssuerAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthOptions>()
            .Bind(configuration.GetSection(AuthOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>>((jwt, auth) => Configure(jwt, auth.Value));

        services.AddAuthorizationBuilder()
            .AddPolicy(IssuerPolicies.Issue, p => p.RequireClaim(IssuerClaims.Role, IssuerClaims.Registrar).RequireClaim(IssuerClaims.IssuerAccount))
            .AddPolicy(IssuerPolicies.Revoke, p => p.RequireClaim(IssuerClaims.Role, IssuerClaims.Revoker).RequireClaim(IssuerClaims.IssuerAccount))
            .AddPolicy(IssuerPolicies.Read, p => p
                .RequireClaim(IssuerClaims.Role, IssuerClaims.Registrar, IssuerClaims.Revoker, IssuerClaims.Auditor)
                .RequireClaim(IssuerClaims.IssuerAccount))
            .AddPolicy(IssuerPolicies.Operate, p => p.RequireClaim(IssuerClaims.Role, IssuerClaims.Operator));
        return services;
    }

    private static void Configure(JwtBearerOptions jwt, AuthOptions auth)
    {
        jwt.MapInboundClaims = false;
        if (!string.IsNullOrWhiteSpace(auth.Authority))
        {
            jwt.Authority = auth.Authority;
        }

        var keys = SigningKeyLoader.Load(auth);
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = auth.Issuer,
            ValidateAudience = true,
            ValidAudience = auth.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            IssuerSigningKeys = keys.Count > 0 ? keys : null,
            ValidAlgorithms = AllowedAlgorithms,
            ClockSkew = TimeSpan.FromSeconds(auth.ClockSkewSeconds),
            NameClaimType = "sub",
            RoleClaimType = IssuerClaims.Role,
        };
    }
}
