using System.ComponentModel.DataAnnotations;

namespace CredChain.Issuer.Anchoring;

/// <summary>Section <c>Anchoring</c>: when the worker closes a batch of single credentials and how it retries.</summary>
internal sealed class AnchoringOptions
{
    public const string SectionName = "Anchoring";

    /// <summary>A batch of single credentials closes at this many (bulk uploads are one batch each, whatever their size).</summary>
    [Range(1, 1_000_000)]
    public int MaxBatchSize { get; set; } = 10_000;

    /// <summary>…or when its oldest pending credential is this old.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan BatchWindow { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>First retry delay after a chain error; doubles up to <see cref="MaxBackoff"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromMilliseconds(500);

    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the worker sleeps when nothing signals new work.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan IdlePoll { get; set; } = TimeSpan.FromSeconds(1);
}
