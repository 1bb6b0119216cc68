using System.Collections.Frozen;
using CredChain.Ethereum.Errors;

namespace CredChain.Issuer.Anchoring;

/// <summary>
/// The classification table: which errors stop a batch or revocation (<c>failed</c>, until an operator retries it) and
/// which the worker retries on its own with backoff. A contract revert (decoded by CredChain.Ethereum's
/// ContractErrorDecoder from the 4-byte selector) is deterministic: the same call against the same chain state reverts
/// again. Everything else — RPC down, refused connections, timeouts, nonce races, 5xx, database errors — is transient.
/// </summary>
/// <remarks>A new contract error is one line in <see cref="ByContractError"/> (plus its code in <see cref="FailureCodes"/>).</remarks>
internal static class DeterministicFailures
{
    /// <summary>Contract errors and the reason code a failed item reports for them; a revert not listed here reports <see cref="FailureCodes.ContractReverted"/>.</summary>
    public static readonly FrozenDictionary<ChainErrorCode, string> ByContractError = new Dictionary<ChainErrorCode, string>
    {
        [ChainErrorCode.IssuerNotAccredited] = FailureCodes.IssuerNotAccredited,
        [ChainErrorCode.RootAlreadyAnchored] = FailureCodes.RootAlreadyAnchored,
        [ChainErrorCode.RootNotAnchored] = FailureCodes.RootNotAnchored,
        [ChainErrorCode.NotRootIssuer] = FailureCodes.NotRootIssuer,
        [ChainErrorCode.InvalidProof] = FailureCodes.InvalidProof,
        [ChainErrorCode.CredentialAlreadyRevoked] = FailureCodes.CredentialAlreadyRevoked,
        [ChainErrorCode.BatchAlreadyRevoked] = FailureCodes.BatchAlreadyRevoked,
        [ChainErrorCode.UnauthorizedAccount] = FailureCodes.Unauthorized,
        [ChainErrorCode.KeyCompromised] = FailureCodes.KeyCompromised,
    }.ToFrozenDictionary();

    /// <summary>The failure <paramref name="exception"/> stands for when it is deterministic; null when it is transient.</summary>
    public static WorkFailure? Classify(Exception exception) => exception switch
    {
        DeterministicFailureException deterministic => deterministic.Failure,
        ContractRevertException revert => new WorkFailure(
            ByContractError.GetValueOrDefault(revert.Code, FailureCodes.ContractReverted),
            revert.ErrorName ?? revert.Code.ToString(),
            revert.Message),
        _ => null,
    };
}
