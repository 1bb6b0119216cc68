namespace CredChain.Verifier.Verification;

/// <summary>A text in both of the portal's languages.</summary>
internal sealed record Bilingual(string Zh, string En)
{
    public string For(bool chinese) => chinese ? Zh : En;
}
