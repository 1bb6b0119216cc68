using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CredChain.Verifier.Shares;

internal static class ShareServiceCollectionExtensions
{
    public static IServiceCollection AddShareStore(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<ShareOptions>().Bind(configuration.GetSection(ShareOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddDbContext<ShareDbContext>((sp, db) =>
        {
            var o = sp.GetRequiredService<IOptions<ShareOptions>>().Value;
            if (o.Provider == "Postgres")
            {
                db.UseNpgsql(o.ConnectionString);
                return;
            }

            var connectionString = o.ConnectionString;
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                var directory = Path.Combine(environment.ContentRootPath, "data");
                Directory.CreateDirectory(directory);
                connectionString = $"Data Source={Path.Combine(directory, "shares.db")}";
            }

            db.UseSqlite(connectionString);
        });
        services.AddScoped<ShareStore>();
        services.AddHostedService<ShareStoreInitializer>();
        services.AddHostedService<SharePurgeService>();
        return services;
    }
}
