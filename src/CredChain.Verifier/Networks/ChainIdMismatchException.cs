namespace CredChain.Verifier.Networks;

/// <summary>The RPC of a trusted network serves another chain than configured.</summary>
internal sealed class ChainIdMismatchException(string network, long expected, long actual)
    : InvalidOperationException($"Network '{network}': configured chain id {expected}, but its RPC serves chain id {actual}.")
{
    public string Network { get; } = network;

    public long Expected { get; } = expected;

    public long Actual { get; } = actual;
}
