namespace CredChain.Issuer.Anchoring;

/// <summary>What one round of an account's lane did: how long to wait before the next (zero when more is ready), which kind goes next.</summary>
internal readonly record struct LaneStep(TimeSpan Wait, bool PreferRevocation, bool Worked);
