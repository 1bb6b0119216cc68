using System.Collections.Immutable;
using CredChain.Core.Documents;
using CredChain.Core.Leaves;

namespace CredChain.Core.Verification;

/// <summary>The result of verifying one document: the overall status, every check's result, and what the chain said.</summary>
public sealed class Verdict
{
    /// <summary>Creates a verdict.</summary>
    public Verdict(
        VerdictStatus status,
        ImmutableArray<CheckResult> results,
        CredentialDocument? document,
        CredentialFormatError? formatError,
        NetworkRef? network,
        AnchorRecord? anchor,
        ImmutableArray<CredentialLeaf> disclosed = default)
    {
        Disclosed = disclosed.IsDefault ? [] : disclosed;
        Status = status;
        Results = results;
        Document = document;
        FormatError = formatError;
        Network = network;
        Anchor = anchor;
    }

    /// <summary>
    /// The subject's disclosed fields exactly as they were hashed (canonical values, in document order): what a verifier
    /// shows. Empty when the document is malformed or its values and salts do not match.
    /// </summary>
    public ImmutableArray<CredentialLeaf> Disclosed { get; }

    /// <summary>The overall status.</summary>
    public VerdictStatus Status { get; }

    /// <summary>One result per check, in the order the checks ran.</summary>
    public ImmutableArray<CheckResult> Results { get; }

    /// <summary>The parsed document (with hidden fields absent); <see langword="null"/> when malformed.</summary>
    public CredentialDocument? Document { get; }

    /// <summary>Why the document is malformed, when it is.</summary>
    public CredentialFormatError? FormatError { get; }

    /// <summary>The network (chain id, registry) the credential was checked on; <see langword="null"/> when it carries no anchor.</summary>
    public NetworkRef? Network { get; }

    /// <summary>The registry's answer, when it gave one.</summary>
    public AnchorRecord? Anchor { get; }

    /// <summary>The issuer's registered profile, from the anchor record.</summary>
    public IssuerProfile? Issuer => Anchor?.Issuer;

    /// <summary>When the root was anchored.</summary>
    public DateTimeOffset? AnchoredAt => Anchor?.AnchoredAt;

    /// <summary>The block the chain's answer is current to.</summary>
    public BlockRef? AsOf => Anchor?.AsOf;

    /// <summary>The credential's revocation, or else its batch's, when revoked.</summary>
    public Revocation? Revocation => Anchor?.CredentialRevocation ?? Anchor?.BatchRevocation;

    /// <summary>The result for <paramref name="kind"/> (the first, if a kind ran twice), or <see langword="null"/>.</summary>
    public CheckResult? ResultFor(CheckKind kind) => Results.FirstOrDefault(r => r.Kind == kind);
}
