namespace CredChain.Verifier.Publications;

/// <summary>Encrypted copies to publish: each an id the issuer derived from the certificate's code, and its ciphertext (base64url).</summary>
internal sealed record PublishRequest(IReadOnlyList<PublishedShare>? Shares);
