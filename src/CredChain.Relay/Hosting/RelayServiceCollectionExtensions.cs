using CredChain.Core.Problems;
using CredChain.Ethereum.Governance;
using CredChain.Ethereum.Hub;
using CredChain.Ethereum.Registry;
using CredChain.Ethereum.Transactions;
using CredChain.Hosting.Problems;
using CredChain.Relay.Api;
using CredChain.Relay.Following;
using CredChain.Relay.Options;
using CredChain.Relay.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;

namespace CredChain.Relay.Hosting;

/// <summary>Registers the relay's options, store, chains, follower and API services.</summary>
internal static class RelayServiceCollectionExtensions
{
    private static readonly TimeSpan _requestTimeout = TimeSpan.FromSeconds(15);

    public static IServiceCollection AddRelay(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RelayOptions>().Bind(configuration.GetSection(RelayOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RelayOptions>, RelayOptionsValidator>();
        services.TryAddTimeProvider();
        services.AddDbContextFactory<RelayDbContext>((sp, db) =>
        {
            var path = Path.GetFullPath(sp.GetRequiredService<IOptions<RelayOptions>>().Value.DatabasePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            db.UseSqlite($"Data Source={path}");
        });
        services.AddSingleton<RelayStore>();
        services.AddSingleton<RelayStatus>();
        services.AddSingleton(CreateHub);
        services.AddSingleton<IReadOnlyList<MemberChain>>(sp => sp.GetRequiredService<IOptions<RelayOptions>>().Value.Members.Select(CreateMember).ToList());
        services.AddSingleton<CheckpointBuilder>();
        services.AddSingleton<CheckpointPoster>();
        services.AddSingleton<MemberFollower>();
        services.AddSingleton<RelayWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<RelayWorker>());
        services.AddSingleton<MemberDirectory>();
        services.AddSingleton<ProofService>();
        services.AddHealthChecks().AddCheck<RelayHealthCheck>("relay");
        services.AddCredChainProblemDetails(ProblemDialect.Relay);
        services.AddOpenApi();
        return services;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(s => s.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }

    private static HubSide CreateHub(IServiceProvider sp)
    {
        var options = sp.GetRequiredService<IOptions<RelayOptions>>().Value;
        var web3 = new Web3(options.HubRpcUrl);
        var transactions = new TransactionService(
            web3,
            new ChainTransactionOptions { ReceiptPollingInterval = options.ReceiptPollingInterval, RequestTimeout = _requestTimeout },
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<TransactionService>>());
        return new HubSide(new CheckpointRegistryClient(web3, options.HubRegistry, transactions), transactions, new Account(options.PrivateKey));
    }

    private static MemberChain CreateMember(MemberOptions member)
    {
        var web3 = new Web3(member.RpcUrl);
        var reads = new TransactionService(web3, new ChainTransactionOptions { ChainId = member.ChainId, RequestTimeout = _requestTimeout, MaxLogsRange = member.MaxLogsRange });
        var source = new MemberSource(
            new CredentialRegistryClient(web3, member.RegistryAddress, reads),
            new IssuerRegistryClient(web3, member.GovernanceAddress, reads));
        return new MemberChain(member, new MemberRef((ulong)member.ChainId, member.RegistryAddress), source, new MemberHead(web3, _requestTimeout));
    }
}
