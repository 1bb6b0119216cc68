using System.Text.Json;
using CredChain.Core.Verification;
using CredChain.Verifier.Hub;
using CredChain.Verifier.Networks;

namespace CredChain.Verifier.Verification;

/// <summary>Maps Core's verdict to the portal's bilingual response.</summary>
internal sealed class VerdictMapper(VerdictText text, NetworkTrustList networks, HubTrustList hubs)
{
    public VerifyResponse Map(Verdict verdict)
    {
        var document = verdict.Document;
        var credential = document?.Credential;
        var anchor = verdict.Anchor;
        var trusted = verdict.Network is { } n ? networks.Find(n.ChainId, n.Registry) : null;
        // A member network known only through a hub is named as the hub's trust-list entry names it.
        var throughHub = trusted is null && verdict.Network is { } m ? hubs.Find(m.ChainId, m.Registry)?.Member : null;
        var revocation = anchor?.CredentialRevocation is { } own ? new VerdictRevocation(own.RevokedAt, own.ReasonCode, false)
            : anchor?.BatchRevocation is { } batch ? new VerdictRevocation(batch.RevokedAt, batch.ReasonCode, true)
            : null;

        return new VerifyResponse(
            verdict.Status,
            text.Status(verdict.Status),
            text.StatusHint(verdict.Status),
            credential?.Id,
            credential is null ? null : new VerdictIssuer(
                credential.Issuer.Id,
                credential.Issuer.Name,
                anchor?.IssuerAddress ?? credential.Issuer.Address,
                verdict.Issuer?.NameZh,
                verdict.Issuer?.NameEn,
                verdict.Issuer?.Domain),
            verdict.Network is { } network ? new NetworkInfo(network.ChainId, network.Registry, trusted is not null || throughHub is not null, trusted?.NameZh ?? throughHub?.NameZh, trusted?.NameEn ?? throughHub?.NameEn) : null,
            credential?.ValidFrom,
            credential?.ValidUntil,
            document?.Proof is { } proof && (proof.MerkleRoot is not null || proof.Anchor is not null)
                // Where the chain anchored the root, from its events; the document's own anchor reference is only a claim
                // (it is not hashed), so it is shown only when the chain has nothing to say.
                ? new AnchorInfo(
                    proof.MerkleRoot?.ToString(),
                    anchor?.AnchoredAt,
                    anchor?.AnchoredInBlock ?? proof.Anchor?.BlockNumber,
                    (anchor?.AnchorTransactionHash ?? proof.Anchor?.TransactionHash)?.ToString())
                : null,
            anchor is null ? null : new BlockInfo(anchor.AsOf.Number, anchor.AsOf.Timestamp),
            revocation,
            anchor?.KeyCompromise is { } compromise ? new KeyCompromiseInfo(compromise.Since, compromise.RootAnchoredAfter) : null,
            Checks(verdict),
            Disclosed(verdict),
            document?.Proof.HiddenLeaves.Length ?? 0,
            verdict.FormatError is { } error ? new FormatErrorInfo(JsonNamingPolicy.CamelCase.ConvertName(error.ToString()), null, error.ToString()) : null);
    }

    private CheckInfo[] Checks(Verdict verdict)
    {
        var results = verdict.Results;
        var checks = new CheckInfo[results.Length];
        for (var i = 0; i < checks.Length; i++)
        {
            var r = results[i];
            checks[i] = new CheckInfo(r.Kind, text.Check(r.Kind), r.Status, text.CheckStatus(r.Status), r.Reason, (int)r.Reason, text.Reason(r.Reason), r.Message);
        }

        return checks;
    }

    /// <summary>
    /// The subject's fields exactly as they were hashed (Core's leaves: a number shows its canonical digits), never a
    /// second reading of the document. Empty when the values and their salts do not match.
    /// </summary>
    private static DisclosedField[] Disclosed(Verdict verdict)
    {
        var leaves = verdict.Disclosed;
        var fields = new DisclosedField[leaves.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = new DisclosedField(leaves[i].Path, leaves[i].Text);
        }

        return fields;
    }
}
