using System.Text.Json;
using CredChain.Issuer.Storage;

namespace CredChain.Issuer.Credentials;

/// <summary>A credential's state and, once anchored, its full document with proof.</summary>
internal sealed record CredentialResponse(
    Guid Id,
    string Issuer,
    CredentialState State,
    Guid? BatchId,
    DateTimeOffset AcceptedAt,
    RevocationInfo? Revocation,
    JsonElement? Document);
