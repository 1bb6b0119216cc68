using System.Text.Json;
using CredChain.Core.OpenAttestation;
using CredChain.Verifier.Networks;
using CredChain.Verifier.Verification;

namespace CredChain.Verifier.OpenAttestation;

/// <summary>
/// Maps an OpenAttestation verdict to the portal's response: the same shape, checks and bilingual texts as a native
/// verdict, with <c>format</c> = <c>openattestation-v2</c>. The issuer's names come from the trust list, never the document.
/// </summary>
internal sealed class OpenAttestationVerdictMapper(VerdictText text, NetworkTrustList networks)
{
    public VerifyResponse Map(OpenAttestationVerdict verdict)
    {
        var document = verdict.Document;
        var issuer = document?.Issuers[0];
        var listing = verdict.Store?.Listing;
        var asOf = verdict.Store?.AsOf;
        var network = listing is null ? null : networks.All.FirstOrDefault(n => n.Key == listing.NetworkKey);
        return new VerifyResponse(
            verdict.Status,
            text.Status(verdict.Status),
            text.StatusHint(verdict.Status),
            null,
            issuer is null ? null : new VerdictIssuer(
                issuer.DocumentStore ?? issuer.TokenRegistry!,
                issuer.Name ?? string.Empty,
                listing?.Address ?? issuer.DocumentStore ?? issuer.TokenRegistry,
                listing?.NameZh,
                listing?.NameEn,
                listing?.DnsLocation),
            listing is null ? null : new NetworkInfo(listing.ChainId, listing.Address, true, network?.NameZh, network?.NameEn),
            null,
            null,
            document is null ? null : new AnchorInfo(document.MerkleRoot.ToString(), null, null, null),
            asOf is null ? null : new BlockInfo(asOf.Number, asOf.Timestamp),
            null,
            null,
            [.. verdict.Results.Select(r => new CheckInfo(r.Kind, text.Check(r.Kind), r.Status, text.CheckStatus(r.Status), r.Reason, (int)r.Reason, text.Reason(r.Reason), r.Message))],
            [.. verdict.Disclosed.Select(f => new DisclosedField(Pointer(f.Path), f.Value))],
            verdict.HiddenCount,
            verdict.FormatError is { } error ? new FormatErrorInfo(JsonNamingPolicy.CamelCase.ConvertName(error.Error.ToString()), error.Path, error.Message) : null,
            OpenAttestationFormat.Name);
    }

    /// <summary><c>recipient.name</c> as the JSON Pointer <c>/data/recipient/name</c> (member names never hold a period).</summary>
    private static string Pointer(string path) =>
        "/data/" + string.Join('/', path.Split('.').Select(CredChain.Core.Documents.JsonPointer.Escape));
}
