using System.ComponentModel.DataAnnotations;

namespace CredChain.Issuer.Credentials;

/// <summary>Body of the revoke endpoints: the on-chain reason code (1–255; 0 is reserved by the registry).</summary>
internal sealed record RevokeRequest([property: Range(1, 255)] int Reason);
