using System.Collections.Immutable;
using CredChain.Core.Documents;
using CredChain.Core.Verification.Checks;

namespace CredChain.Core.Verification;

/// <summary>
/// Verifies credential documents by running independent checks (well-formed, integrity, Merkle path, anchored,
/// issuer identity, not revoked, issuer accredited, validity window) and aggregating them into a <see cref="Verdict"/>.
/// A tampered, revoked or malformed credential is data in the verdict, never an exception; an exception inside a
/// check becomes an Error result. Thread-safe.
/// </summary>
public sealed class CredentialVerifier
{
    private readonly IAnchorRegistry _registry;
    private readonly TimeProvider _timeProvider;
    private readonly ImmutableArray<ICredentialCheck> _checks;

    /// <summary>Creates a verifier that reads the chain through <paramref name="registry"/> and the time from <paramref name="timeProvider"/>.</summary>
    public CredentialVerifier(IAnchorRegistry registry, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _registry = registry;
        _timeProvider = timeProvider;
        _checks =
        [
            new WellFormedCheck(),
            new IntegrityCheck(),
            new MerklePathCheck(),
            new AnchoredCheck(),
            new IssuerIdentityCheck(),
            new NotRevokedCheck(),
            new IssuerAccreditedCheck(),
            new ValidityWindowCheck(),
        ];
    }

    /// <summary>Parses and verifies a UTF-8 JSON document.</summary>
    public Task<Verdict> VerifyAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken = default)
    {
        _ = CredentialDocument.TryParse(utf8Json.Span, out var document, out var error);
        return RunAsync(new VerificationContext(document, error, _registry, _timeProvider), cancellationToken);
    }

    /// <summary>Verifies a parsed document.</summary>
    public Task<Verdict> VerifyAsync(CredentialDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return RunAsync(new VerificationContext(document, null, _registry, _timeProvider), cancellationToken);
    }

    private async Task<Verdict> RunAsync(VerificationContext context, CancellationToken cancellationToken)
    {
        var results = ImmutableArray.CreateBuilder<CheckResult>(_checks.Length);
        foreach (var check in _checks)
        {
            results.Add(await RunCheckAsync(check, context, cancellationToken).ConfigureAwait(false));
        }

        var lookup = context.Document is null ? null : await context.GetAnchorAsync(cancellationToken).ConfigureAwait(false);
        var anchor = context.Document?.Proof.Anchor;
        return new Verdict(
            VerdictRules.Decide(results),
            results.MoveToImmutable(),
            context.Document,
            context.FormatError?.Error,
            anchor is null ? null : new NetworkRef(anchor.ChainId, anchor.Registry),
            lookup?.Record,
            context.Disclosed);
    }

    private static async ValueTask<CheckResult> RunCheckAsync(ICredentialCheck check, VerificationContext context, CancellationToken cancellationToken)
    {
        try
        {
            if (!check.AppliesTo(context))
            {
                return context.Document is null
                    ? CheckResult.Skipped(check.Kind, ReasonCode.SkippedMalformedDocument, "Skipped: the document is malformed.")
                    : CheckResult.Skipped(check.Kind, ReasonCode.SkippedNotApplicable, "Skipped: the check does not apply to this document.");
            }

            return await check.RunAsync(context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return CheckResult.Error(check.Kind, ReasonCode.CheckFailed, $"The check failed unexpectedly: {exception.GetType().Name}: {exception.Message}");
        }
    }
}
