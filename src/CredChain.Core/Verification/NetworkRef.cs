namespace CredChain.Core.Verification;

/// <summary>The network and registry contract a credential was checked on.</summary>
/// <param name="ChainId">EIP-155 chain id.</param>
/// <param name="Registry">Credential registry contract address.</param>
public sealed record NetworkRef(long ChainId, string Registry);
