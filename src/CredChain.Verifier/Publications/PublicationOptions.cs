using System.ComponentModel.DataAnnotations;

namespace CredChain.Verifier.Publications;

/// <summary>
/// Section <c>Publications</c>: which issuing services may publish encrypted copies of printed certificates to the share
/// store, and for how long. Each publisher is known by the SHA-256 of its bearer token, so the portal's configuration
/// holds no secret; the token lets its holder publish and withdraw its own copies and nothing else.
/// </summary>
internal sealed class PublicationOptions
{
    public const string SectionName = "Publications";

    public List<PublisherOptions> Publishers { get; set; } = [];

    /// <summary>How long a published copy stands (a printed certificate outlives a holder's link): 1 to 36,500 days.</summary>
    [Range(1, 36_500)]
    public int ExpiryDays { get; set; } = 3650;

    /// <summary>Most shares in one publish request.</summary>
    [Range(1, 10_000)]
    public int MaxSharesPerRequest { get; set; } = 1000;

    /// <summary>Largest publish request body (bytes).</summary>
    [Range(1024, 256 * 1024 * 1024)]
    public long MaxRequestBytes { get; set; } = 16 * 1024 * 1024;
}
