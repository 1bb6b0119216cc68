using CredChain.Ethereum.Events;
using CredChain.Ethereum.Governance.ContractDefinition;
using CredChain.Ethereum.Registry.ContractDefinition;

namespace CredChain.Verifier.Indexing;

/// <summary>Every event of both contracts in one block range, with the block times the events themselves lack.</summary>
internal sealed record IndexBatch(
    long From,
    long To,
    DateTimeOffset ToTimestamp,
    IReadOnlyList<ChainEvent<RootAnchoredEventDto>> Anchored,
    IReadOnlyList<ChainEvent<CredentialRevokedEventDto>> CredentialsRevoked,
    IReadOnlyList<ChainEvent<BatchRevokedEventDto>> BatchesRevoked,
    IReadOnlyList<ChainEvent<IssuerAccreditedEventDto>> Accredited,
    IReadOnlyList<ChainEvent<IssuerSuspendedEventDto>> Suspended,
    IReadOnlyList<ChainEvent<IssuerReinstatedEventDto>> Reinstated,
    IReadOnlyList<ChainEvent<IssuerKeyCompromisedEventDto>> Compromised,
    IReadOnlyDictionary<ulong, DateTimeOffset> BlockTimes);
