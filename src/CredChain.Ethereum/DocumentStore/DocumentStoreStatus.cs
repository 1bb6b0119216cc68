namespace CredChain.Ethereum.DocumentStore;

/// <summary>A store's answers for one document, read at one block.</summary>
/// <param name="BlockNumber">The block the answers are current to.</param>
/// <param name="BlockTime">That block's timestamp.</param>
/// <param name="Issued"><c>isIssued(merkleRoot)</c>.</param>
/// <param name="DocumentRevoked"><c>isRevoked(targetHash)</c>.</param>
/// <param name="RootRevoked"><c>isRevoked(merkleRoot)</c>.</param>
public sealed record DocumentStoreStatus(long BlockNumber, DateTimeOffset BlockTime, bool Issued, bool DocumentRevoked, bool RootRevoked);
