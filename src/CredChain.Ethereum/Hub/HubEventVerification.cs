namespace CredChain.Ethereum.Hub;

/// <summary>The hub's answer about one event proof, from one <c>verifyEvent</c> call.</summary>
/// <param name="Checkpoint">The checkpoint the proof names (not <see cref="HubCheckpoint.Exists"/> when unknown).</param>
/// <param name="Included">Whether the leaf folds to the checkpoint's root with the proof.</param>
/// <param name="Member">The member, with its latest checkpoint's sequence number.</param>
public sealed record HubEventVerification(HubCheckpoint Checkpoint, bool Included, HubMember Member);
