namespace CredChain.Core.OpenAttestation;

/// <summary>One entry of a document's <c>data.issuers</c>, unsalted.</summary>
/// <param name="Name">The name the document gives (a claim, not a proof).</param>
/// <param name="DocumentStore">The <c>DocumentStore</c> (or legacy <c>certificateStore</c>) address, when it names one.</param>
/// <param name="TokenRegistry">The token registry address of a transferable document, when it names one.</param>
/// <param name="IdentityProofType">The identity proof type, e.g. <c>DNS-TXT</c>.</param>
/// <param name="IdentityLocation">Where the identity proof claims to be, e.g. a domain name.</param>
public sealed record OpenAttestationIssuer(string? Name, string? DocumentStore, string? TokenRegistry, string? IdentityProofType, string? IdentityLocation);
