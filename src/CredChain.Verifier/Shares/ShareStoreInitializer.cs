using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CredChain.Verifier.Shares;

/// <summary>
/// Brings the share store's schema up to date (run once by <see cref="ShareStoreReadiness"/>, off the start path). A
/// store created before the share store had migrations (by <c>EnsureCreated</c>, with the first migration's schema and
/// no history) is first recorded as being at that migration, so that its shares are kept.
/// </summary>
internal sealed partial class ShareStoreInitializer(IServiceScopeFactory scopes, ILogger<ShareStoreInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShareDbContext>();
        await BaselineAsync(db, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }

    private async Task BaselineAsync(ShareDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return; // a new SQLite file (or database) has nothing to keep
        }

        // Asked of the catalog directly: Npgsql's IHistoryRepository.ExistsAsync answers true while the table is missing.
        var history = db.GetService<IHistoryRepository>();
        if (await TableExistsAsync(db, HistoryRepository.DefaultTableName, cancellationToken) || !await TableExistsAsync(db, "shares", cancellationToken))
        {
            return;
        }

        // Both or neither: a history table without its row would make the migration recreate the existing table.
        var first = db.Database.GetMigrations().First();
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
#pragma warning disable EF1002 // Scripts built by EF Core from the migration id and its own version, no input.
            await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), cancellationToken);
            await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(first, ProductInfo.GetVersion())), cancellationToken);
#pragma warning restore EF1002
            await transaction.CommitAsync(cancellationToken);
        }

        LogBaselined(logger, first);
    }

    private static async Task<bool> TableExistsAsync(ShareDbContext db, string table, CancellationToken cancellationToken)
    {
        var count = db is PostgresShareDbContext
            ? db.Database.SqlQuery<int>($"SELECT COUNT(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = {table}")
            : db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {table}");
        return await count.SingleAsync(cancellationToken) > 0;
    }

    [LoggerMessage(EventId = 2301, Level = LogLevel.Information, Message = "Share store created before migrations: recorded as at {Migration}")]
    private static partial void LogBaselined(ILogger logger, string migration);
}
