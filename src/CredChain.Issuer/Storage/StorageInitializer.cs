using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CredChain.Issuer.Storage;

/// <summary>Applies migrations before the server accepts requests (hosted services start before the server listens).</summary>
internal sealed partial class StorageInitializer(IServiceScopeFactory scopes, IOptions<StorageOptions> options, ILogger<StorageInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStart)
        {
            return;
        }

        if (options.Value.Provider == StorageProvider.Sqlite)
        {
            StorageSetup.EnsureSqliteDirectory(options.Value.ConnectionString);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IssuerDbContext>();
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        LogMigrated(logger, options.Value.Provider);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Database ready ({Provider}); migrations applied")]
    private static partial void LogMigrated(ILogger logger, StorageProvider provider);
}
