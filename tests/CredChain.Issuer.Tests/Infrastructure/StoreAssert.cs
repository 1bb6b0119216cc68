using CredChain.Issuer.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CredChain.Issuer.Tests.Infrastructure;

public static class StoreAssert
{
    /// <summary>Counts of credentials, batches and idempotency keys in the service's database.</summary>
    public static async Task<(int Credentials, int Batches, int Keys)> CountsAsync(IssuerApiFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IssuerDbContext>();
        return (await db.Credentials.CountAsync(), await db.Batches.CountAsync(), await db.IdempotencyKeys.CountAsync());
    }
}
