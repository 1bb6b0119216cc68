namespace CredChain.Verifier.Verification;

/// <summary>A disclosed value of the credential subject.</summary>
internal sealed record DisclosedField(string Path, string Value);
