using System.Security.Claims;

namespace CredChain.Issuer.Auth;

internal static class CallerExtensions
{
    /// <summary>The issuer accounts (lower-case 0x addresses) the caller may act for.</summary>
    public static IReadOnlySet<string> IssuerAccounts(this ClaimsPrincipal user) =>
        user.FindAll(IssuerClaims.IssuerAccount).Select(c => c.Value.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    public static bool ActsFor(this ClaimsPrincipal user, string issuerAddress) =>
        user.IssuerAccounts().Contains(issuerAddress.ToLowerInvariant());
}
