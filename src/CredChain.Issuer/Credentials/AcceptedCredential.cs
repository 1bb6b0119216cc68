using CredChain.Issuer.Storage;

namespace CredChain.Issuer.Credentials;

/// <summary>Body of the 202 for <c>POST /api/v1/credentials</c>.</summary>
internal sealed record AcceptedCredential(Guid Id, string Issuer, CredentialState State, bool Replayed);
