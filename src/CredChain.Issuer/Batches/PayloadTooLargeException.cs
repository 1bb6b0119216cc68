namespace CredChain.Issuer.Batches;

internal sealed class PayloadTooLargeException : IOException
{
    public PayloadTooLargeException()
    {
    }

    public PayloadTooLargeException(string message)
        : base(message)
    {
    }

    public PayloadTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PayloadTooLargeException(long limit)
        : base($"The request body is larger than {limit} bytes.")
    {
        Limit = limit;
    }

    public long Limit { get; }
}
