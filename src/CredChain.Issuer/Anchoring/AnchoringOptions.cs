using System.ComponentModel.DataAnnotations;

namespace CredChain.Issuer.Anchoring;

/// <summary>Section <c>Anchoring</c>: when the worker closes a batch of single credentials and how its lanes retry.</summary>
internal sealed class AnchoringOptions
{
    public const string SectionName = "Anchoring";

    /// <summary>A batch of single credentials closes at this many (bulk uploads are one batch each, whatever their size).</summary>
    [Range(1, 1_000_000)]
    public int MaxBatchSize { get; set; } = 10_000;

    /// <summary>…or when its oldest pending credential is this old.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan BatchWindow { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>First retry delay of an account's lane after a transient error; doubles up to <see cref="MaxBackoff"/>. Other accounts are not delayed.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromMilliseconds(500);

    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a lane sleeps when nothing signals new work, and how soon it tries again for an account another instance holds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan IdlePoll { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Memory for the Merkle trees kept to answer proofs (about 64 bytes per credential: 32 MiB per 500,000-credential batch).
    /// A batch read after its tree gave way is rebuilt from its stored targetHashes (about 0.7 s per 500,000).
    /// </summary>
    [Range(16, 1_048_576)]
    public int TreeCacheMegabytes { get; set; } = 1024;
}
