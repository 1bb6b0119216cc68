namespace CredChain.DevHost;

/// <summary>What <c>credchain up</c> started, as printed (and as <c>--json</c> writes it for scripts).</summary>
internal sealed record UpInfo(
    string DataDirectory,
    Uri IssuerUrl,
    Uri PortalUrl,
    Uri RpcUrl,
    long ChainId,
    string IssuerRegistry,
    string CredentialRegistry,
    string Issuer,
    string Token,
    DateTimeOffset TokenExpires,
    string ExampleCsv,
    Uri? HubRpcUrl = null,
    string? HubRegistry = null,
    Uri? RelayUrl = null);
