using CredChain.Ethereum.Hub;
using CredChain.Ethereum.Transactions;
using Nethereum.Web3.Accounts;

namespace CredChain.Relay.Following;

/// <summary>The hub as the relay sees it: its registry, its transactions and the relay's account.</summary>
internal sealed record HubSide(CheckpointRegistryClient Registry, TransactionService Transactions, Account Relay);
