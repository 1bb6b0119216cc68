using System.Collections.Immutable;

namespace CredChain.Core.Verification;

/// <summary>Turns check results into the overall status: the most serious failure wins.</summary>
internal static class VerdictRules
{
    private static readonly ImmutableArray<CheckKind> RequiredKinds = [.. Enum.GetValues<CheckKind>()];

    // Most serious first.
    private static readonly VerdictStatus[] Priority =
    [
        VerdictStatus.Malformed,
        VerdictStatus.Tampered,
        VerdictStatus.Unsupported,
        VerdictStatus.UnknownIssuer,
        VerdictStatus.UnknownNetwork,
        VerdictStatus.CouldNotVerify,
        VerdictStatus.NotAnchored,
        VerdictStatus.IssuerMismatch,
        VerdictStatus.IssuerKeyCompromised,
        VerdictStatus.IssuerNotAccredited,
        VerdictStatus.Revoked,
        VerdictStatus.Expired,
        VerdictStatus.NotYetValid,
    ];

    public static VerdictStatus Decide(IReadOnlyList<CheckResult> results) => Decide(results, RequiredKinds);

    /// <summary>The status when only <paramref name="requiredKinds"/> must be Valid (a format without some checks).</summary>
    public static VerdictStatus Decide(IReadOnlyList<CheckResult> results, ImmutableArray<CheckKind> requiredKinds)
    {
        var worst = -1;
        for (var i = 0; i < results.Count; i++)
        {
            if (StatusOf(results[i]) is { } status)
            {
                var rank = Array.IndexOf(Priority, status);
                worst = worst < 0 ? rank : Math.Min(worst, rank);
            }
        }

        if (worst >= 0)
        {
            return Priority[worst];
        }

        foreach (var kind in requiredKinds)
        {
            if (!HasValid(results, kind))
            {
                return VerdictStatus.CouldNotVerify;
            }
        }

        return VerdictStatus.Valid;
    }

    // Loops rather than LINQ: this runs for every verification, and eight kinds by eight results is nothing.
    private static bool HasValid(IReadOnlyList<CheckResult> results, CheckKind kind)
    {
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i].Kind == kind && results[i].Status == CheckStatus.Valid)
            {
                return true;
            }
        }

        return false;
    }

    private static VerdictStatus? StatusOf(CheckResult result) => result.Status switch
    {
        CheckStatus.Error => VerdictStatus.CouldNotVerify,
        CheckStatus.Invalid => result.Reason switch
        {
            ReasonCode.DocumentMalformed => VerdictStatus.Malformed,
            ReasonCode.TargetHashMismatch or ReasonCode.ValueWithoutSalt or ReasonCode.SaltWithoutValue or ReasonCode.EmptyContainer
                or ReasonCode.NumberNotCanonical or ReasonCode.HiddenLeavesNotCanonical or ReasonCode.DataKeyNotFlattenable
                or ReasonCode.MerklePathInvalid or ReasonCode.ProofRejectedOnChain => VerdictStatus.Tampered,
            ReasonCode.UnknownNetwork => VerdictStatus.UnknownNetwork,
            ReasonCode.MerkleProofMissing or ReasonCode.AnchorMissing or ReasonCode.RootNotAnchored or ReasonCode.RootNotIssuedInDocumentStore => VerdictStatus.NotAnchored,
            ReasonCode.DocumentStoreNotListed or ReasonCode.UnknownIssuer => VerdictStatus.UnknownIssuer,
            ReasonCode.TransferableDocumentUnsupported => VerdictStatus.Unsupported,
            ReasonCode.IssuerAddressMismatch or ReasonCode.IssuerChainMismatch => VerdictStatus.IssuerMismatch,
            ReasonCode.IssuerNotAccreditedAtAnchoring => VerdictStatus.IssuerNotAccredited,
            ReasonCode.RootAnchoredByAnotherAccount => VerdictStatus.IssuerMismatch,
            ReasonCode.IssuerKeyCompromised => VerdictStatus.IssuerKeyCompromised,
            ReasonCode.CredentialRevoked or ReasonCode.BatchRevoked or ReasonCode.DocumentRevokedInStore or ReasonCode.RootRevokedInStore => VerdictStatus.Revoked,
            ReasonCode.Expired => VerdictStatus.Expired,
            ReasonCode.NotYetValid => VerdictStatus.NotYetValid,
            _ => VerdictStatus.CouldNotVerify,
        },
        _ => null,
    };
}
