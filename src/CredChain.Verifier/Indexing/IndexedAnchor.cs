using CredChain.Core.Hashing;

namespace CredChain.Verifier.Indexing;

/// <summary>
/// An anchored root as the index knows it: a value in the index's table, so a million roots cost a million entries and
/// no object each. The issuer is the index's number for the account (<see cref="IssuerAccounts"/>); the time is Unix seconds,
/// as the event logs it.
/// </summary>
internal readonly record struct IndexedAnchor(int Issuer, long AnchoredAt, long BlockNumber, Hash32 TransactionHash);
