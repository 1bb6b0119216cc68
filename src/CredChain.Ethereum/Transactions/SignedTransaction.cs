using System.Numerics;
using CredChain.Core.Hashing;

namespace CredChain.Ethereum.Transactions;

/// <summary>
/// A transaction signed offline and not yet sent: record <see cref="Hash"/> and <see cref="Nonce"/> durably first,
/// then send <see cref="RawTransaction"/>; after a crash, look the hash up instead of signing again.
/// </summary>
/// <param name="RawTransaction">The signed transaction's bytes (RLP), as <c>eth_sendRawTransaction</c> takes them.</param>
/// <param name="Hash">The transaction hash.</param>
/// <param name="Nonce">The sender's nonce the transaction uses.</param>
/// <param name="From">The sender's address.</param>
/// <param name="To">The contract called, or null for a deployment.</param>
/// <param name="GasLimit">The gas limit (estimate plus margin).</param>
/// <param name="ChainId">The chain id signed into the transaction.</param>
public sealed record SignedTransaction(
    byte[] RawTransaction,
    Hash32 Hash,
    BigInteger Nonce,
    string From,
    string? To,
    BigInteger GasLimit,
    BigInteger ChainId);
