namespace CredChain.Issuer.Auth;

internal static class IssuerPolicies
{
    public const string Issue = "issue";
    public const string Revoke = "revoke";
    public const string Read = "read";
    public const string Operate = "operate";
}
