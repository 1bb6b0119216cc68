using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using CredChain.Core.Verification;
using CredChain.Ethereum.Deployment;
using CredChain.Ethereum.Dev;
using CredChain.Ethereum.Governance;
using CredChain.Ethereum.Transactions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CredChain.Bench.Cohort;

/// <summary>
/// A dev node with the registries deployed and one accredited issuer, and the issuing service as its own process on it
/// (SQLite in a given directory, or PostgreSQL when a connection string is given), with a client holding a
/// registrar, revoker and auditor token.
/// </summary>
internal sealed class BenchIssuer : IAsyncDisposable
{
    private BenchIssuer(DevNode node, ServiceProcess service, HttpClient client)
    {
        Node = node;
        Service = service;
        Client = client;
    }

    public DevNode Node { get; }

    public ServiceProcess Service { get; }

    public HttpClient Client { get; }

    /// <param name="directory">The service's working directory (and its SQLite file).</param>
    /// <param name="postgres">A PostgreSQL connection string, or null for SQLite.</param>
    /// <param name="chainDirectory">
    /// Where the dev node keeps its state and the registry's address, so that a later run can start the service again
    /// on the same store and chain (<c>store-remeasure</c>); null for a throw-away chain.
    /// </param>
    public static async Task<BenchIssuer> StartAsync(string directory, string? postgres = null, string? chainDirectory = null)
    {
        var node = await DevNode.StartAsync(chainDirectory is null ? null : new DevNodeOptions
        {
            StateFile = Path.Combine(chainDirectory, "anvil-state.json"),
            StateInterval = TimeSpan.FromSeconds(10),
        });
        var issuer = node.Accounts[1];
        var registryFile = chainDirectory is null ? null : Path.Combine(chainDirectory, "registry.txt");
        string registry;
        if (registryFile is not null && File.Exists(registryFile))
        {
            registry = File.ReadAllText(registryFile).Trim();
        }
        else
        {
            var transactions = new TransactionService(node.CreateWeb3(), node.TransactionOptions);
            var governor = node.Accounts[0];
            var deployment = await RegistryDeployer.DeployAsync(transactions, governor, governor.Address);
            var governance = new IssuerRegistryClient(node.CreateWeb3(), deployment.IssuerRegistryAddress, transactions);
            await governance.AccreditAsync(governor, issuer.Address, new IssuerProfile("演示大学", "Demo University", "demo.edu.cn"), DateTimeOffset.FromUnixTimeSeconds(0), null);
            registry = deployment.CredentialRegistryAddress;
            if (registryFile is not null)
            {
                await File.WriteAllTextAsync(registryFile, registry);
            }
        }

        using var jwtKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var settings = new Dictionary<string, string>
        {
            ["Auth:Issuer"] = "credchain-bench",
            ["Auth:Audience"] = "credchain-issuer",
            ["Auth:SigningKeys:0"] = jwtKey.ExportSubjectPublicKeyInfoPem(),
            ["Storage:Provider"] = postgres is null ? "Sqlite" : "Postgres",
            ["Storage:ConnectionString"] = postgres ?? $"Data Source={Path.Combine(directory, "issuer.db")}",
            ["Chain:RpcUrl"] = node.RpcUrl.ToString(),
            ["Chain:ChainId"] = node.ChainId.ToString(CultureInfo.InvariantCulture),
            ["Chain:CredentialRegistryAddress"] = registry,
            ["Issuer:Accounts:0:Name"] = "Demo University",
            ["Issuer:Accounts:0:PrivateKeyEnv"] = "CREDCHAIN_BENCH_ISSUER_KEY",
            ["CREDCHAIN_BENCH_ISSUER_KEY"] = issuer.PrivateKey,
            // Production, as the image runs, but signing with anvil's public dev account #1 on the bench's own dev node.
            ["Chain:AllowExampleKeys"] = "true",
        };
        var service = await ServiceProcess.StartAsync(settings, directory);

        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "credchain-bench",
            Audience = "credchain-issuer",
            Subject = new ClaimsIdentity([new Claim("sub", "bench"), new Claim("credchain_issuer", issuer.Address.ToLowerInvariant()), new Claim("role", "registrar"), new Claim("role", "revoker"), new Claim("role", "auditor")]),
            Expires = TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(4),
            SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(jwtKey), SecurityAlgorithms.EcdsaSha256),
        });
        var client = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromMinutes(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new BenchIssuer(node, service, client);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Service.DisposeAsync();
        await Node.DisposeAsync();
    }
}
