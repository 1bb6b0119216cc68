using System.Text.Json;
using CredChain.Core.Documents;
using CredChain.Core.Intake;
using CredChain.Core.Verification;
using CredChain.Ethereum.Transactions;
using CredChain.Ethereum.Verification;
using Nethereum.Web3;

namespace CredChain.Cli.Commands.Verify;

/// <summary>Verifies a document with Core's verifier, reading the chain directly through one trusted registry.</summary>
internal static class ChainVerification
{
    public static async Task<VerifyReport> VerifyAsync(byte[] document, Uri rpcUrl, string registry, long? chainId, ChainReadLimits limits, CancellationToken cancellationToken)
    {
        var body = LocalIntake.Screen(document, DocumentFormat.CredChain);

        // The trust anchor is (this node, this registry). Without --chain-id the document's own chain id is used,
        // and the registry reader still refuses a node that reports another one.
        var chain = chainId
            ?? (CredentialDocument.TryParse(body.Span, out var parsed, out _) && parsed.Proof.Anchor is { } anchor ? anchor.ChainId : 1);
        var registryReader = new RpcAnchorRegistry(
            new Web3(rpcUrl.ToString()), chain, registry, new ChainTransactionOptions { MaxLogsRange = limits.MaxLogsRange }, limits.FromBlock);
        var verdict = await new CredentialVerifier(registryReader, TimeProvider.System).VerifyAsync(body, cancellationToken).ConfigureAwait(false);
        LocalIntake.ThrowIfMalformed(DocumentIntake.Screen(verdict.FormatError));
        return new VerifyReport(
            Camel(verdict.Status.ToString()),
            $"{rpcUrl} registry {registry}",
            verdict.Document?.Credential.Id,
            verdict.Issuer is { } issuer ? $"{issuer.NameZh} / {issuer.NameEn}" : verdict.Document?.Credential.Issuer.Name,
            verdict.AnchoredAt,
            verdict.AsOf?.Number,
            [.. verdict.Results.Select(r => new VerifyReport.Check(r.Kind.ToString(), r.Status.ToString(), Camel(r.Reason.ToString()), r.Message))]);
    }

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
