using CredChain.Issuer.Accounts;
using CredChain.Issuer.Storage;

namespace CredChain.Issuer.Batches;

/// <summary>What every row of one upload is built with: its account, its batch and the batch's document templates.</summary>
internal sealed record RowContext(IssuerAccount Account, Guid BatchId, TemplateSet Templates);
