namespace CredChain.Issuer.Storage;

/// <summary>What a batch download reads of one credential's row: enough to rebuild its stored document.</summary>
internal sealed record StoredRow(Guid Id, byte[] TargetHash, byte[] Document, Guid? TemplateId);
