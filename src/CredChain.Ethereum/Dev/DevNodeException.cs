namespace CredChain.Ethereum.Dev;

/// <summary>The dev node could not be started (not installed, exited early, or did not answer in time).</summary>
public sealed class DevNodeException : Exception
{
    public DevNodeException()
    {
    }

    public DevNodeException(string message)
        : base(message)
    {
    }

    public DevNodeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
