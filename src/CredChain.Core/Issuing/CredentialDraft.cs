using System.Text.Json;
using CredChain.Core.Documents;

namespace CredChain.Core.Issuing;

/// <summary>What an issuer supplies for one credential; <see cref="CredentialFactory"/> turns it into a sealed document.</summary>
/// <param name="Issuer">The issuing account and its display name.</param>
/// <param name="Types">Types after <c>VerifiableCredential</c> (e.g. <c>UniversityDegreeCredential</c>); may be empty.</param>
/// <param name="Subject"><c>credentialSubject</c>: a JSON object without empty objects or arrays.</param>
/// <param name="ValidFrom">Start of validity.</param>
/// <param name="ValidUntil">End of validity, if any.</param>
public sealed record CredentialDraft(
    IssuerRef Issuer,
    IReadOnlyList<string> Types,
    JsonElement Subject,
    DateTimeOffset ValidFrom,
    DateTimeOffset? ValidUntil = null)
{
    /// <summary>Contexts after the VC 2.0 base context; usually empty.</summary>
    public IReadOnlyList<string> AdditionalContexts { get; init; } = [];
}
