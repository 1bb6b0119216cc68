using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CredChain.Verifier.Shares;

internal static class ShareServiceCollectionExtensions
{
    public static IServiceCollection AddShareStore(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<ShareOptions>().Bind(configuration.GetSection(ShareOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<ShareOptions>, ShareOptionsValidator>();
        services.AddDbContext<SqliteShareDbContext>((sp, db) =>
        {
            var connectionString = sp.GetRequiredService<IOptions<ShareOptions>>().Value.ConnectionString;
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                var directory = Path.Combine(environment.ContentRootPath, "data");
                Directory.CreateDirectory(directory);
                connectionString = $"Data Source={Path.Combine(directory, "shares.db")}";
            }

            db.UseSqlite(connectionString);
        });
        services.AddDbContext<PostgresShareDbContext>((sp, db) => db.UseNpgsql(sp.GetRequiredService<IOptions<ShareOptions>>().Value.ConnectionString));
        services.AddScoped<ShareDbContext>(sp => sp.GetRequiredService<IOptions<ShareOptions>>().Value.Provider == "Postgres"
            ? sp.GetRequiredService<PostgresShareDbContext>()
            : sp.GetRequiredService<SqliteShareDbContext>());
        services.AddScoped<ShareStore>();
        services.AddSingleton<ShareStoreInitializer>();
        services.AddSingleton<ShareStoreReadiness>();
        services.AddHostedService(sp => sp.GetRequiredService<ShareStoreReadiness>());
        services.AddHostedService<SharePurgeService>();
        return services;
    }
}
