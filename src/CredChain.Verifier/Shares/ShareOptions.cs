using System.ComponentModel.DataAnnotations;
using CredChain.Core.Documents;

namespace CredChain.Verifier.Shares;

/// <summary>Share store settings (section <c>Shares</c>).</summary>
internal sealed class ShareOptions
{
    public const string SectionName = "Shares";
    public const int MinDays = 1;
    public const int MaxDays = 180;

    /// <summary><c>Sqlite</c> (default, file under ./data) or <c>Postgres</c>.</summary>
    [Required, RegularExpression("^(Sqlite|Postgres)$")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Connection string; empty means <c>Data Source=data/shares.db</c> under the content root.</summary>
    public string? ConnectionString { get; set; }

    [Range(MinDays, MaxDays)]
    public int DefaultExpiryDays { get; set; } = 30;

    /// <summary>
    /// Largest ciphertext accepted (bytes, after base64 decoding). At least the largest document the portal verifies
    /// plus the nonce and tag (<see cref="ShareOptionsValidator"/>), so that every verifiable credential can be shared.
    /// </summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxCiphertextBytes { get; set; } = CredentialLimits.MaxDocumentBytes + 1024;

    /// <summary>
    /// Most ciphertext bytes the live (unexpired) shares may hold together; a share that would go past it is refused
    /// with 507 until shares expire or are deleted. Expired shares do not count, purged or not.
    /// </summary>
    [Range(typeof(long), "1048576", "1099511627776")]
    public long MaxTotalCiphertextBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Most live shares at once, whatever their size; the next one is refused with 507.</summary>
    [Range(1, 100_000_000)]
    public int MaxLiveShares { get; set; } = 1_000_000;

    /// <summary>
    /// How long after start the store is opened (connected, schema brought up to date) when no share request opened it
    /// first. The portal listens and verifies without waiting for the store; 0 opens it right away, in the background.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan OpenDelay { get; set; } = TimeSpan.FromSeconds(5);

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long an expired share keeps answering 410 (with its ciphertext already wiped) before it is forgotten.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "365.00:00:00")]
    public TimeSpan TombstoneRetention { get; set; } = TimeSpan.FromDays(180);
}
