namespace CredChain.Verifier.Hub;

/// <summary>The hubs on the trust list (<c>Portal:Hubs</c>); empty by default.</summary>
internal sealed class HubTrustOptions
{
    public List<HubOptions> Hubs { get; set; } = [];
}
