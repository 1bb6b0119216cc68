namespace CredChain.Ethereum.Governance;

/// <summary>Which institution an issuer account belongs to, and whether its key was declared compromised.</summary>
/// <param name="Institution">The institution id; 0 for an account that was never accredited.</param>
/// <param name="CompromisedSince">The instant the key was declared compromised as of; null when it was not.</param>
public sealed record IssuerKeyStatus(uint Institution, DateTimeOffset? CompromisedSince);
