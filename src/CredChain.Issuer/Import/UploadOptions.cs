using System.ComponentModel.DataAnnotations;

namespace CredChain.Issuer.Import;

/// <summary>Section <c>Uploads</c>: limits on request bodies and bulk uploads.</summary>
internal sealed class UploadOptions
{
    public const string SectionName = "Uploads";

    /// <summary>Largest bulk upload body; bigger ones get 413. Default 512 MiB (500,000 typical rows fit).</summary>
    [Range(1024, long.MaxValue)]
    public long MaxBodyBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>Largest single-credential request body; bigger ones get 413.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxCredentialBytes { get; set; } = 256 * 1024;

    /// <summary>Longest NDJSON line / CSV record.</summary>
    [Range(256, 16 * 1024 * 1024)]
    public int MaxRowBytes { get; set; } = 256 * 1024;

    [Range(1, 5_000_000)]
    public int MaxRows { get; set; } = 1_000_000;

    /// <summary>How many row errors a rejected upload lists.</summary>
    [Range(100, 100_000)]
    public int MaxErrors { get; set; } = 100;
}
