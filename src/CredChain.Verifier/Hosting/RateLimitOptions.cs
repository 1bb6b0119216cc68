using System.ComponentModel.DataAnnotations;

namespace CredChain.Verifier.Hosting;

/// <summary>Per-client (remote IP) fixed-window limits (section <c>RateLimits</c>).</summary>
internal sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Off only for load benchmarks; a public portal keeps it on.</summary>
    public bool Enabled { get; set; } = true;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Every request (pages, static files, APIs) per client per window.</summary>
    [Range(1, 1_000_000)]
    public int GlobalPermits { get; set; } = 600;

    [Range(1, 1_000_000)]
    public int VerifyPermits { get; set; } = 120;

    [Range(1, 1_000_000)]
    public int ShareCreatePermits { get; set; } = 20;

    [Range(1, 1_000_000)]
    public int ShareReadPermits { get; set; } = 120;

    [Range(1, 1_000_000)]
    public int QrPermits { get; set; } = 120;
}
