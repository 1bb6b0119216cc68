using CredChain.Issuer.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CredChain.Issuer.Tests.Infrastructure;

/// <summary>Writes records straight into the service's database, for tests about reading and access.</summary>
public static class Seed
{
    internal static async Task<Guid> CredentialAsync(IssuerApiFactory factory, string issuerAddress, long acceptedAtMs = 1)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IssuerDbContext>();
        var id = Guid.CreateVersion7();
        db.Credentials.Add(new CredentialRecord
        {
            Id = id,
            IssuerAddress = issuerAddress,
            State = CredentialState.Pending,
            TargetHash = new byte[32],
            Document = "{}"u8.ToArray(),
            AcceptedAtMs = acceptedAtMs,
        });
        await db.SaveChangesAsync();
        return id;
    }

    internal static async Task<CredentialRecord> FindCredentialAsync(IssuerApiFactory factory, Guid id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IssuerDbContext>();
        return await db.Credentials.FindAsync(id) ?? throw new InvalidOperationException($"No credential {id}.");
    }
}
