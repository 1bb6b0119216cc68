using System.Text.Json;

namespace CredChain.Issuer.Import;

/// <summary>A validated request to issue one credential, before any hashing.</summary>
/// <param name="Types">Credential types besides <c>VerifiableCredential</c>.</param>
/// <param name="ValidFrom">Null means "now" at issuance.</param>
/// <param name="ValidUntil">Optional end of validity.</param>
/// <param name="CredentialSubject">The subject object, as given.</param>
internal sealed record IssuanceRequest(
    IReadOnlyList<string> Types,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidUntil,
    JsonElement CredentialSubject)
{
    /// <summary>The subject's own <c>id</c> (e.g. a DID or student number URI), used to refuse duplicates within one upload.</summary>
    public string? SubjectId =>
        CredentialSubject.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
}
