namespace CredChain.EndToEnd.Tests.Corpus;

/// <summary>The outcome tokens (<c>status/first failing reason</c>) the families accept.</summary>
internal static class Outcomes
{
    public const string Malformed = "malformed/documentMalformed";
    public const string Mismatch = "tampered/targetHashMismatch";
    public const string ValueWithoutSalt = "tampered/valueWithoutSalt";
    public const string SaltWithoutValue = "tampered/saltWithoutValue";
    public const string EmptyContainer = "tampered/emptyContainer";
    public const string NumberNotCanonical = "tampered/numberNotCanonical";
    public const string HiddenNotCanonical = "tampered/hiddenLeavesNotCanonical";
    public const string PathInvalid = "tampered/merklePathInvalid";
    public const string RejectedOnChain = "tampered/proofRejectedOnChain";
    public const string NotAnchored = "notAnchored/rootNotAnchored";
    public const string UnknownNetwork = "unknownNetwork/unknownNetwork";
    public const string IssuerChainMismatch = "issuerMismatch/issuerChainMismatch";
    public const string IssuerAddressMismatch = "issuerMismatch/issuerAddressMismatch";
    public const string DuplicateKey = "http400/request.duplicate_key";

    public static IReadOnlySet<string> Set(params string[] outcomes) => new HashSet<string>(outcomes, StringComparer.Ordinal);
}
