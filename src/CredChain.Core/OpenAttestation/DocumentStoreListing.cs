namespace CredChain.Core.OpenAttestation;

/// <summary>A <c>DocumentStore</c> on the trust list: the institution that owns it and where its network is.</summary>
/// <param name="ChainId">The chain the store lives on.</param>
/// <param name="NetworkKey">The trust list's key of that network.</param>
/// <param name="Address">The store's address, lower case.</param>
/// <param name="NameZh">The institution's Chinese name.</param>
/// <param name="NameEn">The institution's English name.</param>
/// <param name="DnsLocation">The domain whose DNS-TXT record the institution publishes for the store (shown, not looked up).</param>
public sealed record DocumentStoreListing(long ChainId, string NetworkKey, string Address, string NameZh, string NameEn, string? DnsLocation);
