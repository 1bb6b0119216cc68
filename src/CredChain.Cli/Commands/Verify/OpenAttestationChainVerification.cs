using System.Text.Json;
using CredChain.Cli.Chain;
using CredChain.Core.Intake;
using CredChain.Core.OpenAttestation;
using CredChain.Core.Verification;
using CredChain.Ethereum.DocumentStore;

namespace CredChain.Cli.Commands.Verify;

/// <summary>
/// Verifies an OpenAttestation v2 document with Core's verifier, reading one <c>DocumentStore</c> the user trusts
/// (<c>--document-store</c>) straight from a node. Any other store is an unknown issuer, as on a portal's trust list.
/// </summary>
internal static class OpenAttestationChainVerification
{
    public static async Task<VerifyReport> VerifyAsync(byte[] document, Uri rpcUrl, string trustedStore, long? chainId, CancellationToken cancellationToken)
    {
        var body = LocalIntake.Screen(document, DocumentFormat.OpenAttestation);
        var connection = await ChainConnection.OpenAsync(rpcUrl, chainId, cancellationToken).ConfigureAwait(false);
        var store = new DocumentStoreClient(connection.Web3, trustedStore, connection.Transactions);
        var verdict = await new OpenAttestationVerifier(new TrustedStore(store, connection.ChainId)).VerifyAsync(body, cancellationToken).ConfigureAwait(false);
        LocalIntake.ThrowIfMalformed(DocumentIntake.Screen(verdict.FormatError?.Error));
        var issuer = verdict.Document?.Issuers[0];
        return new VerifyReport(
            Camel(verdict.Status.ToString()),
            $"{rpcUrl} document store {trustedStore}",
            null,
            verdict.Store?.Listing is { } listing ? $"{listing.NameEn} (the store you trust)" : issuer?.Name,
            null,
            verdict.Store?.AsOf?.Number,
            [.. verdict.Results.Select(r => new VerifyReport.Check(r.Kind.ToString(), r.Status.ToString(), Camel(r.Reason.ToString()), r.Message))],
            OpenAttestationFormat.Name);
    }

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    /// <summary>The one store given on the command line; its listed name is the one it gives itself on chain.</summary>
    private sealed class TrustedStore(DocumentStoreClient store, long chainId) : IDocumentStoreStatus
    {
        public async Task<DocumentStoreAnswer> GetStatusAsync(DocumentStoreQuery query, CancellationToken cancellationToken)
        {
            if (!string.Equals(query.StoreAddress, store.Address, StringComparison.OrdinalIgnoreCase))
            {
                return DocumentStoreAnswer.Unlisted;
            }

            var name = await store.GetNameAsync(cancellationToken).ConfigureAwait(false);
            var status = await store.GetStatusAsync(query.MerkleRoot.ToByteArray(), query.TargetHash.ToByteArray(), cancellationToken).ConfigureAwait(false);
            var listing = new DocumentStoreListing(chainId, "cli", store.Address.ToLowerInvariant(), name, name, null);
            return new DocumentStoreAnswer(listing, status.Issued, status.DocumentRevoked, status.RootRevoked, new BlockRef(status.BlockNumber, status.BlockTime));
        }
    }
}
