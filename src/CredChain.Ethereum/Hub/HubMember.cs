using CredChain.Ethereum.Generated.CheckpointRegistry;

namespace CredChain.Ethereum.Hub;

/// <summary>A member network's registry as the hub knows it.</summary>
/// <param name="Registered">Whether the hub's admin registered it.</param>
/// <param name="StartBlock">The member block its first checkpoint starts at.</param>
/// <param name="NextFromBlock">The fromBlock the next checkpoint must have.</param>
/// <param name="Checkpoints">Checkpoints posted so far (the latest one's sequence number).</param>
public sealed record HubMember(bool Registered, ulong StartBlock, ulong NextFromBlock, ulong Checkpoints)
{
    internal static HubMember FromDto(Member dto) => new(dto.Registered, dto.StartBlock, dto.NextFromBlock, dto.Checkpoints);
}
