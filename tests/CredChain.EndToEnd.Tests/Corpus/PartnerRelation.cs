namespace CredChain.EndToEnd.Tests.Corpus;

/// <summary>Where a swapped proof field comes from.</summary>
internal enum PartnerRelation
{
    SameBatch,
    OtherBatchSameIssuer,
    OtherIssuerSameNetwork,
    OtherNetwork,
}
