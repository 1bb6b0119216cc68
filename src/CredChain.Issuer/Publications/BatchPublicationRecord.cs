namespace CredChain.Issuer.Publications;

/// <summary>A batch whose credentials are to be published once it is anchored (the per-batch opt-in).</summary>
internal sealed class BatchPublicationRecord
{
    public Guid BatchId { get; set; }

    public long RequestedAtMs { get; set; }

    /// <summary>Set when every credential of the batch is published; the worker skips it from then on.</summary>
    public long? CompletedAtMs { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
