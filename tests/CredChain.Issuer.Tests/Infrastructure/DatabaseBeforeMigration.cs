using CredChain.Issuer.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace CredChain.Issuer.Tests.Infrastructure;

/// <summary>
/// A fresh database of one provider migrated up to just before the named migration, as an older version left it, with
/// the service's context on it: a test writes rows the old schema allowed, then calls <c>Db.Database.MigrateAsync()</c>.
/// </summary>
internal sealed class DatabaseBeforeMigration : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly IssuerApiFactory _factory;
    private readonly AsyncServiceScope _scope;

    private DatabaseBeforeMigration(TestDatabase database, IssuerApiFactory factory, AsyncServiceScope scope)
    {
        _database = database;
        _factory = factory;
        _scope = scope;
        Db = scope.ServiceProvider.GetRequiredService<IssuerDbContext>();
    }

    public IssuerDbContext Db { get; }

    /// <summary>The service's scoped services.</summary>
    public IServiceProvider Services => _scope.ServiceProvider;

    public static async Task<DatabaseBeforeMigration> CreateAsync(string provider, string migrationSuffix)
    {
        var result = await CreateUnmigratedAsync(provider);
        var migrations = result.Db.Database.GetMigrations().ToList();
        var index = migrations.FindIndex(m => m.EndsWith(migrationSuffix, StringComparison.Ordinal));
        Assert.True(index > 0, $"The {migrationSuffix} migration follows an earlier one.");
        await result.Db.GetService<IMigrator>().MigrateAsync(migrations[index - 1]);
        return result;
    }

    /// <summary>A fresh database with nothing migrated yet (the service does not migrate on start).</summary>
    public static async Task<DatabaseBeforeMigration> CreateUnmigratedAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var settings = database.Settings.ToDictionary();
        settings["Storage:MigrateOnStart"] = "false";
        var factory = new IssuerApiFactory(settings);
        return new DatabaseBeforeMigration(database, factory, factory.Services.CreateAsyncScope());
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }
}
