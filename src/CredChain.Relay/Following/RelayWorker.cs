using CredChain.Relay.Options;
using Microsoft.Extensions.Options;

namespace CredChain.Relay.Following;

/// <summary>Follows every member in rounds: each member is stepped until it has nothing to do, then the worker waits one poll interval.</summary>
internal sealed class RelayWorker(
    IReadOnlyList<MemberChain> members,
    MemberFollower follower,
    HubSide hub,
    IOptions<RelayOptions> options,
    TimeProvider timeProvider,
    ILogger<RelayWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunWorker)
        {
            return;
        }

        RelayLog.Started(logger, members.Count, hub.Registry.Address, hub.Relay.Address);
        while (!stoppingToken.IsCancellationRequested)
        {
            await RoundAsync(stoppingToken);
            await Task.Delay(options.Value.PollInterval, timeProvider, stoppingToken);
        }
    }

    /// <summary>One round over every member (tests drive rounds directly with the worker turned off).</summary>
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
