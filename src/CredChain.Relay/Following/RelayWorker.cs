using CredChain.Relay.Options;
using CredChain.Relay.Storage;
using Microsoft.Extensions.Options;

namespace CredChain.Relay.Following;

/// <summary>Follows every member in rounds: each member is stepped until it has nothing to do, then the worker waits one poll interval.</summary>
internal sealed class RelayWorker(
    IReadOnlyList<MemberChain> members,
    MemberFollower follower,
    RelayStore store,
    HubSide hub,
    IOptions<RelayOptions> options,
    TimeProvider timeProvider,
    ILogger<RelayWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await store.EnsureCreatedAsync(stoppingToken);
        RelayLog.Started(logger, members.Count, hub.Registry.Address, hub.Relay.Address);
        while (!stoppingToken.IsCancellationRequested)
        {
            await RoundAsync(stoppingToken);
            await Task.Delay(options.Value.PollInterval, timeProvider, stoppingToken);
        }
    }

    /// <summary>One round over every member (public to tests through the host: a round can also be driven directly).</summary>
    public async Task RoundAsync(CancellationToken cancellationToken)
    {
        foreach (var member in members)
        {
            // A bounded catch-up per round, so that one member far behind does not starve the others.
            for (var i = 0; i < 16 && await follower.StepAsync(member, cancellationToken); i++)
            {
            }
        }
    }
}
