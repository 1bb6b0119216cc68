namespace CredChain.Ethereum.Transactions;

/// <summary>No receipt arrived for a transaction within the allowed time.</summary>
public sealed class ReceiptTimeoutException : TimeoutException
{
    public ReceiptTimeoutException()
    {
    }

    public ReceiptTimeoutException(string message)
        : base(message)
    {
    }

    public ReceiptTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ReceiptTimeoutException(string transactionHash, TimeSpan timeout)
        : base($"No receipt for transaction {transactionHash} after {timeout.TotalSeconds:0.###} s.")
    {
        TransactionHash = transactionHash;
        Timeout = timeout;
    }

    /// <summary>The transaction waited for.</summary>
    public string? TransactionHash { get; }

    /// <summary>How long it was waited for.</summary>
    public TimeSpan Timeout { get; }
}
