using System.Net;
using CredChain.Issuer.Storage;
using CredChain.Issuer.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CredChain.Issuer.Tests.Hosting;

public sealed class HostingTests
{
    [Fact]
    public async Task UnexpectedFailure_Returns500ProblemWithoutExceptionText()
    {
        await using var factory = new IssuerApiFactory();
        using var client = factory.CreateClientFor([TestAccounts.AddressA], "auditor");
        var id = await Seed.CredentialAsync(factory, TestAccounts.AddressA);

        // An anchored batch whose stored document is not a credential: completing it with its proof fails inside the handler.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IssuerDbContext>();
            var batch = new BatchRecord
            {
                Id = Guid.CreateVersion7(), IssuerAddress = TestAccounts.AddressA, State = BatchState.Anchored, CredentialCount = 1,
                Root = new byte[32], TransactionHash = new byte[32], BlockNumber = 1,
            };
            db.Batches.Add(batch);
            var credential = await db.Credentials.FindAsync(id);
            credential!.BatchId = batch.Id;
            await db.SaveChangesAsync();
        }

        var response = await client.GetAsync($"/api/v1/credentials/{id}");

        var problem = await ProblemAssert.HasAsync(response, HttpStatusCode.InternalServerError, "internal_error");
        Assert.False(problem.TryGetProperty("exception", out _));
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_WithoutAnySigningKeyOrAuthority_FailsOptionsValidation()
    {
        using var factory = new IssuerApiFactory(new Dictionary<string, string?> { ["Auth:SigningKeys:0"] = null });
        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
        Assert.Contains("Auth:Authority", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_WithAMalformedRegistryAddress_FailsOptionsValidation()
    {
        using var factory = new IssuerApiFactory(new Dictionary<string, string?> { ["Chain:CredentialRegistryAddress"] = "0x1234" });
        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
        Assert.Contains("CredentialRegistryAddress", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownRoute_Returns404Problem()
    {
        await using var factory = new IssuerApiFactory();
        using var client = factory.CreateClientFor([TestAccounts.AddressA], "auditor");
        await ProblemAssert.HasAsync(await client.GetAsync("/api/v1/nothing-here"), HttpStatusCode.NotFound, "not_found");
    }
}
