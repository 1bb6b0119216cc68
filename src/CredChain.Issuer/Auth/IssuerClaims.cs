namespace CredChain.Issuer.Auth;

/// <summary>Claim names and role values the service reads from bearer tokens.</summary>
internal static class IssuerClaims
{
    /// <summary>An issuer account (0x address) the caller acts for; repeated for several accounts.</summary>
    public const string IssuerAccount = "credchain_issuer";

    /// <summary>The caller's role; repeated for several roles.</summary>
    public const string Role = "role";

    public const string Registrar = "registrar";
    public const string Revoker = "revoker";
    public const string Auditor = "auditor";

    /// <summary>Runs the service: sees the health checks' details (worker errors, pending counts). Needs no issuer account.</summary>
    public const string Operator = "operator";
}
