using CredChain.Core.Verification;
using CredChain.Verifier.Indexing;

namespace CredChain.Verifier.Hub;

/// <summary>
/// The portal's registry: a member network on the trust list is asked directly (its own chain is always at least as
/// fresh as the hub's last checkpoint of it); one known only through a hub, or whose own RPC cannot be read, is
/// answered through the hub, and the verdict says so by naming the checkpoint.
/// </summary>
internal sealed partial class CompositeAnchorRegistry(ChainAnchorRegistry direct, HubAnchorRegistry hub, ILogger<CompositeAnchorRegistry> logger) : IAnchorRegistry
{
    public bool Serves(long chainId, string registryAddress) => direct.Serves(chainId, registryAddress) || hub.Serves(chainId, registryAddress);

    public async ValueTask<AnchorRecord> LookupAsync(AnchorQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!direct.Serves(query.ChainId, query.RegistryAddress))
        {
            return await hub.LookupAsync(query, cancellationToken);
        }

        if (!hub.Serves(query.ChainId, query.RegistryAddress))
        {
            return await direct.LookupAsync(query, cancellationToken);
        }

        try
        {
            return await direct.LookupAsync(query, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFallback(logger, query.ChainId, exception.Message);
            return await hub.LookupAsync(query, cancellationToken);
        }
    }

    [LoggerMessage(EventId = 2050, Level = LogLevel.Information, Message = "Chain {ChainId} could not be read directly ({Reason}); answering through the hub")]
    private static partial void LogFallback(ILogger logger, long chainId, string reason);
}
