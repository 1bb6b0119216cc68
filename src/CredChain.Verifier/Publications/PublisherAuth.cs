using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CredChain.Verifier.Publications;

/// <summary>Finds the publisher whose token the request's <c>Authorization: Bearer</c> header carries.</summary>
internal sealed class PublisherAuth(IOptions<PublicationOptions> options)
{
    private const string Scheme = "Bearer ";

    /// <summary>The publisher's name, or null when the header is missing or matches no configured publisher.</summary>
    public string? Authenticate(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith(Scheme, StringComparison.Ordinal) || header.Length > Scheme.Length + 512)
        {
            return null;
        }

        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(header[Scheme.Length..].Trim()));
        string? found = null;
        foreach (var publisher in options.Value.Publishers)
        {
            // Compare with every entry in fixed time, so timing tells nothing about which (or whether one) matched.
            if (CryptographicOperations.FixedTimeEquals(presented, Convert.FromHexString(publisher.TokenSha256)))
            {
                found = publisher.Name;
            }
        }

        return found;
    }
}
