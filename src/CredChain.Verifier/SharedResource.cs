namespace CredChain.Verifier;

/// <summary>Marker for the portal's shared string resources (Resources/SharedResource*.resx).</summary>
internal sealed class SharedResource;
