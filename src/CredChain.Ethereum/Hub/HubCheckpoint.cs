using CredChain.Ethereum.Generated.CheckpointRegistry;
using Nethereum.Hex.HexConvertors.Extensions;

namespace CredChain.Ethereum.Hub;

/// <summary>A checkpoint posted on the hub, as <c>CheckpointRegistry</c> returns it.</summary>
/// <param name="Sequence">1-based sequence number within its member.</param>
/// <param name="Root">Checkpoint root (0x-hex); all zeros when the range held no event.</param>
/// <param name="SourceBlockHash">Hash of the member block <paramref name="ToBlock"/> (0x-hex).</param>
/// <param name="FromBlock">First member block covered.</param>
/// <param name="ToBlock">Last member block covered.</param>
/// <param name="SourceBlockTime">Time of member block <paramref name="ToBlock"/>: what the checkpoint is current to.</param>
/// <param name="Relay">The relay account that posted it.</param>
public sealed record HubCheckpoint(ulong Sequence, string Root, string SourceBlockHash, ulong FromBlock, ulong ToBlock, DateTimeOffset SourceBlockTime, string Relay)
{
    /// <summary>Whether the checkpoint exists (the contract returns zeros for an unknown one).</summary>
    public bool Exists => Sequence != 0;

    internal static HubCheckpoint FromDto(ulong sequence, Checkpoint dto) => new(
        dto.SourceBlockTime == 0 ? 0 : sequence,
        dto.Root.ToHex(prefix: true),
        dto.SourceBlockHash.ToHex(prefix: true),
        dto.FromBlock,
        dto.ToBlock,
        DateTimeOffset.FromUnixTimeSeconds((long)dto.SourceBlockTime),
        dto.Relay);
}
