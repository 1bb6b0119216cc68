namespace CredChain.Issuer.Anchoring;

/// <summary>Why a batch or revocation stopped: a code from <see cref="FailureCodes"/>, the contract error's name when a revert caused it, and a message.</summary>
internal sealed record WorkFailure(string Code, string? Error, string Message);
