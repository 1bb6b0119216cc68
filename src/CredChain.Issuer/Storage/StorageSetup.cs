using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CredChain.Issuer.Storage;

internal static class StorageSetup
{
    public static IServiceCollection AddIssuerStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Provider chosen at resolve time from validated options, so late configuration (tests, env) is honoured.
        services.AddDbContext<SqliteIssuerDbContext>((sp, o) => o
            .UseSqlite(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString)
            .AddInterceptors(new SqlitePragmaInterceptor()));
        services.AddDbContext<PostgresIssuerDbContext>((sp, o) => o
            .UseNpgsql(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString));
        services.AddScoped<IssuerDbContext>(sp => IsPostgres(sp)
            ? sp.GetRequiredService<PostgresIssuerDbContext>()
            : sp.GetRequiredService<SqliteIssuerDbContext>());
        services.AddSingleton<ICredentialBulkWriter>(sp => IsPostgres(sp)
            ? new PostgresCredentialBulkWriter()
            : new SqliteCredentialBulkWriter());
        services.AddSingleton<IAccountLocks>(sp => IsPostgres(sp)
            ? new PostgresAccountLocks(sp.GetRequiredService<IOptions<StorageOptions>>())
            : new InProcessAccountLocks());

        services.AddSingleton<StoredDocuments>();
        services.AddHostedService<StorageInitializer>();
        services.AddSingleton<SqliteWalCheckpointer>();
        services.AddHostedService(sp => sp.GetRequiredService<SqliteWalCheckpointer>());
        return services;
    }

    private static bool IsPostgres(IServiceProvider services) =>
        services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.Postgres;

    /// <summary>Creates the directory of a SQLite file so the default <c>./data/issuer.db</c> works on a fresh checkout.</summary>
    public static void EnsureSqliteDirectory(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }
}
