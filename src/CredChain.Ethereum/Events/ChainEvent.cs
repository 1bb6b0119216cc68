namespace CredChain.Ethereum.Events;

/// <summary>A decoded contract event and where it was logged.</summary>
/// <typeparam name="TEvent">The event DTO.</typeparam>
/// <param name="Event">The decoded event.</param>
/// <param name="BlockNumber">Block that logged it.</param>
/// <param name="BlockHash">Hash of that block.</param>
/// <param name="TransactionHash">Transaction that emitted it.</param>
/// <param name="LogIndex">Index of the log in its block.</param>
public sealed record ChainEvent<TEvent>(TEvent Event, ulong BlockNumber, string BlockHash, string TransactionHash, ulong LogIndex);
