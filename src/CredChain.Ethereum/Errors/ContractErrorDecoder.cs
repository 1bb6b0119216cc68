using System.Collections.Frozen;
using System.Reflection;
using CredChain.Ethereum.Generated.CheckpointRegistry;
using CredChain.Ethereum.Generated.CredentialRegistry;
using CredChain.Ethereum.Generated.IssuerRegistry;
using Nethereum.ABI.FunctionEncoding;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.ABI.Model;
using Nethereum.Contracts;
using Nethereum.JsonRpc.Client;
using Newtonsoft.Json.Linq;

namespace CredChain.Ethereum.Errors;

/// <summary>
/// Maps revert data to <see cref="ChainErrorCode"/> by its 4-byte selector (never by message text) and decodes the
/// error's arguments.
/// </summary>
internal static class ContractErrorDecoder
{
    private static readonly FrozenDictionary<string, KnownError> _bySelector = new (ChainErrorCode Code, Type Type)[]
    {
        (ChainErrorCode.ReasonString, typeof(ReasonStringError)),
        (ChainErrorCode.Panic, typeof(PanicError)),
        (ChainErrorCode.UnauthorizedAccount, typeof(Generated.IssuerRegistry.AccessControlUnauthorizedAccountError)),
        (ChainErrorCode.BadConfirmation, typeof(Generated.IssuerRegistry.AccessControlBadConfirmationError)),
        (ChainErrorCode.IssuerZeroAddress, typeof(IssuerRegistryZeroAddressError)),
        (ChainErrorCode.IssuerEmptyName, typeof(IssuerRegistryEmptyNameError)),
        (ChainErrorCode.IssuerInvalidWindow, typeof(IssuerRegistryInvalidWindowError)),
        (ChainErrorCode.IssuerUnknown, typeof(IssuerRegistryUnknownIssuerError)),
        (ChainErrorCode.IssuerAlreadySuspended, typeof(IssuerRegistryAlreadySuspendedError)),
        (ChainErrorCode.IssuerNotSuspended, typeof(IssuerRegistryNotSuspendedError)),
        (ChainErrorCode.IssuerKeyCompromised, typeof(IssuerRegistryKeyCompromisedError)),
        (ChainErrorCode.IssuerInvalidCompromiseTime, typeof(IssuerRegistryInvalidCompromiseTimeError)),
        (ChainErrorCode.IssuerAlreadyCompromised, typeof(IssuerRegistryAlreadyCompromisedError)),
        (ChainErrorCode.IssuerAlreadyAccredited, typeof(IssuerRegistryAlreadyAccreditedError)),
        (ChainErrorCode.ZeroGovernance, typeof(CredentialRegistryZeroGovernanceError)),
        (ChainErrorCode.ZeroRoot, typeof(CredentialRegistryZeroRootError)),
        (ChainErrorCode.RootAlreadyAnchored, typeof(CredentialRegistryRootAlreadyAnchoredError)),
        (ChainErrorCode.IssuerNotAccredited, typeof(CredentialRegistryIssuerNotAccreditedError)),
        (ChainErrorCode.RootNotAnchored, typeof(CredentialRegistryRootNotAnchoredError)),
        (ChainErrorCode.NotRootIssuer, typeof(CredentialRegistryNotRootIssuerError)),
        (ChainErrorCode.InvalidProof, typeof(CredentialRegistryInvalidProofError)),
        (ChainErrorCode.ZeroReason, typeof(CredentialRegistryZeroReasonError)),
        (ChainErrorCode.CredentialAlreadyRevoked, typeof(CredentialRegistryCredentialAlreadyRevokedError)),
        (ChainErrorCode.BatchAlreadyRevoked, typeof(CredentialRegistryBatchAlreadyRevokedError)),
        (ChainErrorCode.KeyCompromised, typeof(CredentialRegistryKeyCompromisedError)),
        (ChainErrorCode.HubZeroAdmin, typeof(CheckpointRegistryZeroAdminError)),
        (ChainErrorCode.HubInvalidMember, typeof(CheckpointRegistryInvalidMemberError)),
        (ChainErrorCode.HubMemberAlreadyRegistered, typeof(CheckpointRegistryMemberAlreadyRegisteredError)),
        (ChainErrorCode.HubUnknownMember, typeof(CheckpointRegistryUnknownMemberError)),
        (ChainErrorCode.HubRelayNotAccredited, typeof(CheckpointRegistryRelayNotAccreditedError)),
        (ChainErrorCode.HubNonContiguousRange, typeof(CheckpointRegistryNonContiguousRangeError)),
        (ChainErrorCode.HubInvalidRange, typeof(CheckpointRegistryInvalidRangeError)),
        (ChainErrorCode.HubZeroBlockHash, typeof(CheckpointRegistryZeroBlockHashError)),
    }
    .Select(e => new KnownError(e.Code, e.Type, ABITypedRegistry.GetError(e.Type)))
    .ToFrozenDictionary(e => Selector(e.Abi.Sha3Signature), StringComparer.Ordinal);

    /// <summary>The error codes this decoder recognises, with their Solidity signatures.</summary>
    public static IReadOnlyDictionary<ChainErrorCode, string> KnownSignatures { get; } =
        _bySelector.Values.ToFrozenDictionary(e => e.Code, e => e.Abi.Signature);

    /// <summary>Builds the exception for <paramref name="revertData"/> (0x-hex; may be empty).</summary>
    public static ContractRevertException Decode(string? revertData, string? transactionHash = null, Exception? inner = null)
    {
        var data = string.IsNullOrEmpty(revertData) ? string.Empty : revertData.StartsWith("0x", StringComparison.Ordinal) ? revertData : "0x" + revertData;
        if (data.Length < 10 || !_bySelector.TryGetValue(Selector(data), out var known))
        {
            return new ContractRevertException(ChainErrorCode.Unknown, null, null, data, null, transactionHash, inner);
        }

        object error;
        try
        {
            error = new FunctionCallDecoder().DecodeFunctionCustomError(known.Type, known.Abi.Sha3Signature, data);
        }
        catch (Exception exception) when (exception is OverflowException or ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            // The selector matched but the arguments are malformed: keep the code, say why the arguments are missing.
            return new ContractRevertException(known.Code, known.Abi.Name, null, data, null, transactionHash, exception);
        }

        return new ContractRevertException(known.Code, known.Abi.Name, error, data, ArgumentsOf(error), transactionHash, inner);
    }

    /// <summary>
    /// Recognises a revert in an RPC failure (anvil and Besu return the revert data in the JSON-RPC error's
    /// <c>data</c>) and returns it decoded; returns null when <paramref name="exception"/> is not a revert.
    /// </summary>
    public static ContractRevertException? FromException(Exception exception)
    {
        switch (exception)
        {
            case ContractRevertException revert:
                return revert;
            case SmartContractCustomErrorRevertException custom:
                return Decode(custom.ExceptionEncodedData, inner: exception);
            case RpcResponseException rpc when TryGetRevertData(rpc.RpcError, out var data):
                return Decode(data, inner: exception);
            default:
                return null;
        }
    }

    private static bool TryGetRevertData(RpcError? error, out string data)
    {
        data = error?.Data switch
        {
            string text => text,
            JValue { Type: JTokenType.String } value => (string)value!,
            JObject nested when nested["data"] is JValue { Type: JTokenType.String } value => (string)value!,
            _ => string.Empty,
        };
        return data.StartsWith("0x", StringComparison.Ordinal);
    }

    private static Dictionary<string, object?> ArgumentsOf(object error) =>
        error.GetType().GetProperties()
            .Select(p => (Property: p, Parameter: p.GetCustomAttribute<ParameterAttribute>()))
            .Where(p => p.Parameter is not null)
            .OrderBy(p => p.Parameter!.Order)
            .ToDictionary(p => p.Parameter!.Name, p => p.Property.GetValue(error), StringComparer.Ordinal);

    private static string Selector(string hex)
    {
        var digits = hex.StartsWith("0x", StringComparison.Ordinal) ? hex.AsSpan(2) : hex.AsSpan();
        return digits[..8].ToString().ToLowerInvariant();
    }

    private sealed record KnownError(ChainErrorCode Code, Type Type, ErrorABI Abi);
}
