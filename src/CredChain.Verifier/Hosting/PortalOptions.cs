using System.ComponentModel.DataAnnotations;

namespace CredChain.Verifier.Hosting;

/// <summary>The portal's own settings (section <c>Portal</c>).</summary>
internal sealed class PortalOptions
{
    public const string SectionName = "Portal";

    /// <summary>Absolute base URL the portal is reached at; QR codes and links are built from it.</summary>
    [Required, Url]
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>The trust list: the only networks and registries whose anchors this portal accepts.</summary>
    public List<NetworkOptions> Networks { get; set; } = [];

    /// <summary>
    /// Reverse proxies in front of the portal (IP addresses or CIDR networks, e.g. <c>10.0.0.0/8</c>). Only from these
    /// is <c>X-Forwarded-For</c>/<c>X-Forwarded-Proto</c> believed, so that rate limits count each visitor rather than
    /// the proxy; empty (the default) means clients connect directly and the header is ignored, as anyone can send it.
    /// </summary>
    public List<string> TrustedProxies { get; set; } = [];

    /// <summary>
    /// <c>Strict-Transport-Security</c> max-age, sent (with <c>includeSubDomains</c>) on every HTTPS response outside
    /// Development; HTTPS as the request arrives, or as a trusted proxy's <c>X-Forwarded-Proto</c> says. At least a year.
    /// </summary>
    [Range(typeof(TimeSpan), "365.00:00:00", "730.00:00:00")]
    public TimeSpan HstsMaxAge { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Adds <c>preload</c> to the HSTS header: only once the domain (and every subdomain) is HTTPS-only for good.</summary>
    public bool HstsPreload { get; set; }

    /// <summary>
    /// A secret that shows the health checks' details: <c>GET /health</c> with it in the <c>X-Health-Key</c> header.
    /// Unset or empty (the default): nobody gets more than <c>{"status":"Healthy"|"Unhealthy"}</c>. At least 32 characters.
    /// </summary>
    public string? HealthDetailsKey { get; set; }

    /// <summary>
    /// How long an OpenAttestation document store's answer (issued, revoked) is reused for the same document before the
    /// chain is asked again; zero asks every time. The verdict states the block the answer is current to, as for the
    /// event index of CredChain's own registry. At most a minute.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan DocumentStoreStatusTtl { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long the start-up chain id check waits for each RPC before it gives up on reaching it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan StartupRpcTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
