namespace CredChain.Core.Verification.Checks;

/// <summary>Folds the Merkle path onto the stated targetHash and compares with the stated root.</summary>
internal sealed class MerklePathCheck : ICredentialCheck
{
    public CheckKind Kind => CheckKind.MerklePath;

    public bool AppliesTo(VerificationContext context) => context.Document is not null;

    public ValueTask<CheckResult> RunAsync(VerificationContext context, CancellationToken cancellationToken)
    {
        var proof = context.Document!.Proof;
        if (proof.MerkleRoot is not { } root)
        {
            return ValueTask.FromResult(CheckResult.Invalid(Kind, ReasonCode.MerkleProofMissing, "The credential has no Merkle proof yet: it has not been anchored."));
        }

        return ValueTask.FromResult(context.PathLeadsToRoot == true
            ? CheckResult.Valid(Kind, ReasonCode.MerklePathValid, $"The Merkle path leads to the root {root}.")
            : CheckResult.Invalid(Kind, ReasonCode.MerklePathInvalid, $"The Merkle path does not lead to the stated root {root}."));
    }
}
