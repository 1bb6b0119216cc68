using CredChain.Issuer.Storage;
using CredChain.Issuer.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CredChain.Issuer.Tests.Storage;

/// <summary>A fresh database of one provider with the service's context on it, nothing migrated yet.</summary>
internal sealed class UnmigratedStore : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly IssuerApiFactory _factory;
    private readonly AsyncServiceScope _scope;

    private UnmigratedStore(TestDatabase database, IssuerApiFactory factory)
    {
        _database = database;
        _factory = factory;
        _scope = factory.Services.CreateAsyncScope();
        Db = _scope.ServiceProvider.GetRequiredService<IssuerDbContext>();
    }

    public IssuerDbContext Db { get; }

    public static async Task<UnmigratedStore> CreateAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var settings = database.Settings.ToDictionary();
        settings["Storage:MigrateOnStart"] = "false";
        return new UnmigratedStore(database, new IssuerApiFactory(settings));
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }
}
