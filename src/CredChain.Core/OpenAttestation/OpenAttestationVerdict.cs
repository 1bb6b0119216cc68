using System.Collections.Immutable;
using CredChain.Core.Documents;
using CredChain.Core.Verification;

namespace CredChain.Core.OpenAttestation;

/// <summary>The result of verifying an OpenAttestation v2 document: the same statuses, checks and reason codes as a native verdict.</summary>
/// <param name="Status">The overall status.</param>
/// <param name="Results">One result per check, in the order they ran.</param>
/// <param name="Document">The parsed document, or <see langword="null"/> when malformed.</param>
/// <param name="FormatError">Why the document is malformed, when it is.</param>
/// <param name="Disclosed">The data's values (unsalted), in document order; empty unless the integrity check passed.</param>
/// <param name="Store">The first issuer's store: its listing and the chain's answers, when asked.</param>
public sealed record OpenAttestationVerdict(
    VerdictStatus Status,
    ImmutableArray<CheckResult> Results,
    OpenAttestationDocument? Document,
    CredentialFormatException? FormatError,
    ImmutableArray<OpenAttestationField> Disclosed,
    DocumentStoreAnswer? Store)
{
    /// <summary>How many values the holder obfuscated.</summary>
    public int HiddenCount => Document?.ObfuscatedData.Length ?? 0;

    /// <summary>The result for <paramref name="kind"/>, or <see langword="null"/>.</summary>
    public CheckResult? ResultFor(CheckKind kind) => Results.FirstOrDefault(r => r.Kind == kind);
}
