using CredChain.Core.Verification;

namespace CredChain.Core.OpenAttestation;

/// <summary>What a verifier knows about a <c>DocumentStore</c> and what the store said.</summary>
/// <param name="Listing">The trust list's entry, or <see langword="null"/> when the store is not listed (nothing else was asked).</param>
/// <param name="Issued"><c>isIssued(merkleRoot)</c>.</param>
/// <param name="DocumentRevoked"><c>isRevoked(targetHash)</c>.</param>
/// <param name="RootRevoked"><c>isRevoked(merkleRoot)</c>.</param>
/// <param name="AsOf">The block the answers are current to.</param>
public sealed record DocumentStoreAnswer(DocumentStoreListing? Listing, bool Issued, bool DocumentRevoked, bool RootRevoked, BlockRef? AsOf)
{
    /// <summary>The answer for a store no trust list names.</summary>
    public static DocumentStoreAnswer Unlisted { get; } = new(null, false, false, false, null);
}
