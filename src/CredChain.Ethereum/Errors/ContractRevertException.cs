namespace CredChain.Ethereum.Errors;

/// <summary>A contract call or transaction reverted; <see cref="Code"/> says which custom error it raised.</summary>
public sealed class ContractRevertException : Exception
{
    public ContractRevertException()
        : this(ChainErrorCode.Unknown, null, null, string.Empty, null)
    {
    }

    public ContractRevertException(string message)
        : base(message)
    {
        RevertData = string.Empty;
        Arguments = new Dictionary<string, object?>();
    }

    public ContractRevertException(string message, Exception innerException)
        : base(message, innerException)
    {
        RevertData = string.Empty;
        Arguments = new Dictionary<string, object?>();
    }

    public ContractRevertException(
        ChainErrorCode code,
        string? errorName,
        object? error,
        string revertData,
        IReadOnlyDictionary<string, object?>? arguments,
        string? transactionHash = null,
        Exception? innerException = null)
        : base(FormatMessage(code, errorName, revertData, arguments, transactionHash), innerException)
    {
        Code = code;
        ErrorName = errorName;
        Error = error;
        RevertData = revertData;
        Arguments = arguments ?? new Dictionary<string, object?>();
        TransactionHash = transactionHash;
    }

    /// <summary>The decoded error, or <see cref="ChainErrorCode.Unknown"/>.</summary>
    public ChainErrorCode Code { get; }

    /// <summary>The Solidity error name (e.g. <c>CredentialRegistryRootAlreadyAnchored</c>), when known.</summary>
    public string? ErrorName { get; }

    /// <summary>The decoded error DTO (e.g. a <c>CredentialRegistryRootAlreadyAnchoredError</c>), when known.</summary>
    public object? Error { get; }

    /// <summary>The raw revert data, 0x-prefixed hex (empty when the node returned none).</summary>
    public string RevertData { get; }

    /// <summary>The error's arguments by their Solidity parameter names.</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The hash of the mined transaction that reverted, when the revert came from a receipt.</summary>
    public string? TransactionHash { get; }

    /// <summary>Returns the decoded error as <typeparamref name="TError"/>, or null when it is another error.</summary>
    public TError? ErrorAs<TError>()
        where TError : class => Error as TError;

    private static string FormatMessage(
        ChainErrorCode code,
        string? errorName,
        string revertData,
        IReadOnlyDictionary<string, object?>? arguments,
        string? transactionHash)
    {
        var what = errorName is null
            ? $"Contract reverted ({code}, data '{revertData}')"
            : $"Contract reverted with {errorName}({string.Join(", ", (arguments ?? new Dictionary<string, object?>()).Select(a => $"{a.Key}: {ChainValueFormatter.Format(a.Value)}"))})";
        return transactionHash is null ? what + "." : $"{what} in transaction {transactionHash}.";
    }
}
