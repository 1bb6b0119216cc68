using System.Globalization;
using System.Text.Json;
using CredChain.Core.Verification;
using CredChain.Ethereum.Hub.Proofs;

namespace CredChain.Verifier.Hub;

/// <summary>Fetches proof bundles from a hub's accepted relays, trying them in order until one answers.</summary>
internal sealed class RelayClient(IHttpClientFactory clients)
{
    public const string HttpClientName = "relay";
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    /// <summary>The bundles about the anchoring, the revocations and the issuer's accreditation for <paramref name="query"/>.</summary>
    /// <exception cref="HttpRequestException">No accepted relay answered.</exception>
    public async Task<(HubProofBundle Root, HubProofBundle Revocations, HubProofBundle Accreditations)> FetchAsync(
        HubOptions hub, AnchorQuery query, CancellationToken cancellationToken)
    {
        var member = string.Create(CultureInfo.InvariantCulture, $"api/v1/checkpoints/members/{query.ChainId}/{query.RegistryAddress}");
        var issuer = query.IssuerAddress.ToLowerInvariant();
        HttpRequestException? last = null;
        foreach (var relay in hub.Relays)
        {
            try
            {
                var client = clients.CreateClient(HttpClientName);
                client.BaseAddress = new Uri(relay.Url.EndsWith('/') ? relay.Url : relay.Url + "/");
                var root = GetAsync(client, $"{member}/roots/{issuer}/{query.MerkleRoot}", cancellationToken);
                var revocations = GetAsync(client, $"{member}/revocations/{issuer}/{query.MerkleRoot}/{query.TargetHash}", cancellationToken);
                var accreditations = GetAsync(client, $"{member}/accreditations/{issuer}", cancellationToken);
                return (await root, await revocations, await accreditations);
            }
            catch (HttpRequestException exception)
            {
                last = exception;
            }
        }

        throw last ?? new HttpRequestException($"Hub {hub.Key} lists no relay.");
    }

    private static async Task<HubProofBundle> GetAsync(HttpClient client, string path, CancellationToken cancellationToken) =>
        await client.GetFromJsonAsync<HubProofBundle>(path, _json, cancellationToken)
            ?? throw new HttpRequestException($"The relay answered {path} with nothing.");
}
