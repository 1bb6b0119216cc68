using System.Globalization;
using System.Threading.RateLimiting;
using CredChain.Core.Problems;
using CredChain.Hosting.Problems;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CredChain.Verifier.Hosting;

/// <summary>
/// Named rate-limit policies, one per public API area, plus a global per-client limit. A client is its address as the
/// forwarded-headers middleware leaves it (the visitor's, behind a trusted proxy), grouped by <see cref="ClientPartition"/>.
/// </summary>
internal static class RateLimitPolicies
{
    public const string Verify = "verify";
    public const string ShareCreate = "share-create";
    public const string ShareRead = "share-read";
    public const string Qr = "qr";

    public static IServiceCollection AddPortalRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, configured) =>
        {
            var o = configured.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(o, "global", o.GlobalPermits, context));
            limiter.AddPolicy(Verify, context => Partition(o, Verify, o.VerifyPermits, context));
            limiter.AddPolicy(ShareCreate, context => Partition(o, ShareCreate, o.ShareCreatePermits, context));
            limiter.AddPolicy(ShareRead, context => Partition(o, ShareRead, o.ShareReadPermits, context));
            limiter.AddPolicy(Qr, context => Partition(o, Qr, o.QrPermits, context));
            limiter.OnRejected = WriteRejectionAsync;
        });
        services.AddRateLimiter(_ => { });
        return services;
    }

    private static RateLimitPartition<string> Partition(RateLimitOptions o, string policy, int permits, HttpContext context)
    {
        if (!o.Enabled)
        {
            return RateLimitPartition.GetNoLimiter(policy);
        }

        var client = ClientPartition.Of(context.Connection.RemoteIpAddress);
        return RateLimitPartition.GetFixedWindowLimiter($"{policy}|{client}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = o.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static async ValueTask WriteRejectionAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        var problem = ProblemResults.Create(ProblemCatalogue.RequestRateLimited, "Too many requests", "Slow down and retry after the time given in Retry-After.");
        await problem.ExecuteAsync(http);
    }
}
