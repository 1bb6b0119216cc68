using CredChain.Core.Verification;

namespace CredChain.DevHost;

/// <summary>The issuer <c>credchain up</c> accredits and issues for: anvil dev account 1 (account 0 governs).</summary>
internal static class DemoIssuer
{
    public const int GovernorAccountIndex = 0;
    public const int IssuerAccountIndex = 1;
    public const string NameZh = "示范大学";
    public const string NameEn = "CredChain Demo University";
    public const string Domain = "demo.credchain.local";

    /// <summary>The environment variable the in-process issuing service reads the demo issuer's (public, dev-only) key from.</summary>
    public const string KeyVariable = "CREDCHAIN_DEMO_ISSUER_KEY";

    public static IssuerProfile Profile { get; } = new(NameZh, NameEn, Domain);
}
