using CredChain.Ethereum.Events;
using CredChain.Ethereum.Generated.IssuerRegistry;
using CredChain.Ethereum.Generated.CredentialRegistry;

namespace CredChain.Verifier.Indexing;

/// <summary>Every event of both contracts in one block range, with the block times the events themselves lack.</summary>
internal sealed record IndexBatch(
    long From,
    long To,
    DateTimeOffset ToTimestamp,
    IReadOnlyList<ChainEvent<RootAnchoredEventDTO>> Anchored,
    IReadOnlyList<ChainEvent<CredentialRevokedEventDTO>> CredentialsRevoked,
    IReadOnlyList<ChainEvent<BatchRevokedEventDTO>> BatchesRevoked,
    IReadOnlyList<ChainEvent<IssuerAccreditedEventDTO>> Accredited,
    IReadOnlyList<ChainEvent<IssuerSuspendedEventDTO>> Suspended,
    IReadOnlyList<ChainEvent<IssuerReinstatedEventDTO>> Reinstated,
    IReadOnlyList<ChainEvent<IssuerKeyCompromisedEventDTO>> Compromised,
    IReadOnlyDictionary<ulong, DateTimeOffset> BlockTimes);
