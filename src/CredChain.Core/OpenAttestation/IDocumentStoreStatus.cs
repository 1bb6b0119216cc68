namespace CredChain.Core.OpenAttestation;

/// <summary>
/// Port: what the verifier's trust list and chain say about an OpenAttestation <c>DocumentStore</c>. Implemented by the
/// portal and the CLI (typed Nethereum bindings); a store that is not on the trust list is answered with
/// <see cref="DocumentStoreAnswer.Unlisted"/>, never looked up on a chain. Failures to read the chain throw.
/// </summary>
public interface IDocumentStoreStatus
{
    /// <summary>Whether the store is listed, and if so whether it issued the root and revoked the document or the root.</summary>
    Task<DocumentStoreAnswer> GetStatusAsync(DocumentStoreQuery query, CancellationToken cancellationToken);
}
