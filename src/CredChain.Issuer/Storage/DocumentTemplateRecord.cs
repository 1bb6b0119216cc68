namespace CredChain.Issuer.Storage;

/// <summary>A batch's document template (see <see cref="DocumentTemplate"/>): what its compact stored documents share.</summary>
internal sealed class DocumentTemplateRecord
{
    public Guid Id { get; set; }

    /// <summary>The batch whose upload found it; its documents are read with the batch's templates loaded first.</summary>
    public Guid BatchId { get; set; }

    /// <summary>The template in its stored form (<see cref="DocumentTemplate.ToBytes"/>).</summary>
    public byte[] Template { get; set; } = [];
}
