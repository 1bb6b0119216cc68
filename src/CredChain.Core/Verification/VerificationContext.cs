using System.Collections.Immutable;
using CredChain.Core.Documents;
using CredChain.Core.Leaves;
using CredChain.Core.Merkle;

namespace CredChain.Core.Verification;

/// <summary>What the checks of one verification share: the document (or why it is malformed), the clock and the registry lookup.</summary>
public sealed class VerificationContext
{
    private readonly IAnchorRegistry _registry;
    private Task<AnchorLookup>? _lookup;
    private bool? _pathLeadsToRoot;
    private bool _pathFolded;

    internal VerificationContext(CredentialDocument? document, CredentialFormatException? formatError, IAnchorRegistry registry, TimeProvider timeProvider)
    {
        Document = document;
        FormatError = formatError;
        _registry = registry;
        TimeProvider = timeProvider;
    }

    /// <summary>The parsed document; <see langword="null"/> when it is malformed.</summary>
    public CredentialDocument? Document { get; }

    /// <summary>Why the document is malformed; <see langword="null"/> when it parsed.</summary>
    public CredentialFormatException? FormatError { get; }

    /// <summary>The subject's disclosed leaves (what was hashed, in document order), once the integrity check has computed them.</summary>
    public ImmutableArray<CredentialLeaf> Disclosed { get; internal set; } = [];

    /// <summary>The clock for validity checks.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>
    /// Whether the document's Merkle path folds from its targetHash to its stated root; <see langword="null"/> when
    /// there is no document or no root. Folded once, for the Merkle path check and the registry query alike.
    /// </summary>
    public bool? PathLeadsToRoot
    {
        get
        {
            if (!_pathFolded)
            {
                _pathLeadsToRoot = Document?.Proof is { MerkleRoot: { } root } proof
                    ? MerkleTree.Verify(proof.TargetHash, proof.MerklePath.AsSpan(), root)
                    : null;
                _pathFolded = true;
            }

            return _pathLeadsToRoot;
        }
    }

    /// <summary>Looks the document's anchor up once; every caller shares the result. Never throws for transport failures.</summary>
    public Task<AnchorLookup> GetAnchorAsync(CancellationToken cancellationToken) =>
        _lookup ??= LookupAsync(cancellationToken);

    private async Task<AnchorLookup> LookupAsync(CancellationToken cancellationToken)
    {
        var proof = Document?.Proof;
        if (proof?.MerkleRoot is not { } root || proof.Anchor is not { } anchor)
        {
            return new AnchorLookup(AnchorLookupOutcome.NoAnchor, null, null);
        }

        try
        {
            if (!_registry.Serves(anchor.ChainId, anchor.Registry))
            {
                return new AnchorLookup(AnchorLookupOutcome.NetworkNotServed, null, null);
            }

            // Roots are keyed by the anchoring account: ask about the account the issuer DID names.
            var issuer = Document!.Credential.Issuer.Address;
            var query = new AnchorQuery(anchor.ChainId, anchor.Registry, issuer, root, proof.TargetHash, proof.MerklePath) { PathLeadsToRoot = PathLeadsToRoot };
            var record = await _registry.LookupAsync(query, cancellationToken).ConfigureAwait(false);
            return new AnchorLookup(AnchorLookupOutcome.Answered, record, null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new AnchorLookup(AnchorLookupOutcome.Failed, null, exception);
        }
    }
}
