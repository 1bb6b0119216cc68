using System.Net.Http.Headers;
using System.Text.Json;
using System.Buffers.Text;
using CredChain.Core.Sharing;
using CredChain.Issuer.Qr;
using Microsoft.Extensions.Options;

namespace CredChain.Issuer.Publications;

/// <summary>Talks to the portal's publication API with this service's publisher token.</summary>
internal sealed class PortalPublisherClient(HttpClient http, IOptions<PortalLinkOptions> portal, IOptions<PublishingOptions> options)
{
    /// <summary>
    /// Publishes ciphertexts, each with the SHA-256 of its holder withdrawal code (never the code); returns when the
    /// portal acknowledged that it stored them (or already held them).
    /// </summary>
    /// <exception cref="HttpRequestException">The portal refused or could not be reached.</exception>
    public async Task PublishAsync(IReadOnlyList<PortalCopy> shares, CancellationToken cancellationToken)
    {
        var body = new
        {
            shares = shares.Select(s => new
            {
                id = s.ShareId,
                ciphertext = Base64Url.EncodeToString(s.Ciphertext),
                holderWithdrawalCodeSha256 = s.HolderWithdrawalCode is { } code ? Convert.ToHexStringLower(ShareCode.WithdrawalHash(code)) : null,
            }),
        };
        using var request = Request(HttpMethod.Post, "/api/v1/publications");
        request.Content = JsonContent.Create(body);
        using var response = await http.SendAsync(request, cancellationToken);
        await EnsureAsync(response, cancellationToken);
    }

    public async Task WithdrawAsync(string shareId, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Post, $"/api/v1/publications/{shareId}/withdraw");
        using var response = await http.SendAsync(request, cancellationToken);
        await EnsureAsync(response, cancellationToken);
    }

    private HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, new Uri(portal.Value.BaseUrl.TrimEnd('/') + path, UriKind.Absolute));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.PortalToken);
        return request;
    }

    private static async Task EnsureAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        // The problem's code and title only: never echo more of a response into logs and stored errors.
        string? code = null;
        try
        {
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            code = problem.RootElement.TryGetProperty("code", out var c) ? c.GetString() : null;
        }
        catch (JsonException)
        {
            // not a ProblemDetails
        }

        throw new HttpRequestException($"The portal answered {(int)response.StatusCode} ({code ?? "no code"}).", null, response.StatusCode);
    }
}
