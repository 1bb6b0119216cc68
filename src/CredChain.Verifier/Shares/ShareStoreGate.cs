using System.Globalization;
using CredChain.Verifier.Hosting;

namespace CredChain.Verifier.Shares;

/// <summary>
/// In front of every endpoint that reads or writes the share store: waits for the store to open (it opens off the
/// start path, <see cref="ShareStoreReadiness"/>) at most <see cref="Wait"/>, then answers 503 service_unavailable with
/// Retry-After instead of touching a store that is not open or not yet migrated.
/// </summary>
internal sealed class ShareStoreGate(ShareStoreReadiness readiness) : IEndpointFilter
{
    public const int RetryAfterSeconds = 5;

    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!readiness.Opened.IsCompletedSuccessfully)
        {
            try
            {
                await readiness.EnsureOpenAsync(Wait, http.RequestAborted);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
            {
                http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                return Problems.Create(
                    StatusCodes.Status503ServiceUnavailable, ProblemCodes.Unavailable, "Share store unavailable",
                    "The portal's share store is not open yet; verification works meanwhile. Retry after the time given in Retry-After.");
            }
        }

        return await next(context);
    }
}
