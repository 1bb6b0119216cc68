using System.ComponentModel.DataAnnotations;

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

    /// <summary>Largest ciphertext accepted (bytes, after base64 decoding).</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxCiphertextBytes { get; set; } = 192 * 1024;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long an expired share keeps answering 410 (with its ciphertext already wiped) before it is forgotten.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "365.00:00:00")]
    public TimeSpan TombstoneRetention { get; set; } = TimeSpan.FromDays(180);
}
