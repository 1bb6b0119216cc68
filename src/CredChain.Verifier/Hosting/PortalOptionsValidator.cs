using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CredChain.Verifier.Hosting;

/// <summary>Validates the nested trust list, which data annotations on <see cref="PortalOptions"/> do not reach.</summary>
internal sealed class PortalOptionsValidator : IValidateOptions<PortalOptions>
{
    private const int MinHealthDetailsKeyLength = 32;

    public ValidateOptionsResult Validate(string? name, PortalOptions options)
    {
        var failures = new List<string>();
        if (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var baseUri) || baseUri.Query.Length > 0 || baseUri.Fragment.Length > 0)
        {
            failures.Add("Portal:PublicBaseUrl must be an absolute URL without query or fragment.");
        }

        for (var i = 0; i < options.Networks.Count; i++)
        {
            var network = options.Networks[i];
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(network, new ValidationContext(network), results, validateAllProperties: true))
            {
                failures.AddRange(results.Select(r => $"Portal:Networks:{i}: {r.ErrorMessage}"));
            }

            for (var j = 0; j < network.DocumentStores.Count; j++)
            {
                var store = network.DocumentStores[j];
                results.Clear();
                if (!Validator.TryValidateObject(store, new ValidationContext(store), results, validateAllProperties: true))
                {
                    failures.AddRange(results.Select(r => $"Portal:Networks:{i}:DocumentStores:{j}: {r.ErrorMessage}"));
                }
            }
        }

        failures.AddRange(options.Networks.SelectMany(n => n.DocumentStores).GroupBy(s => s.Address.ToUpperInvariant()).Where(g => g.Count() > 1)
            .Select(g => $"Portal:Networks: document store {g.Key} is listed more than once."));

        failures.AddRange(options.Networks.GroupBy(n => n.Key, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"Portal:Networks: key '{g.Key}' is configured more than once."));
        failures.AddRange(options.Networks.GroupBy(n => (n.ChainId, Registry: n.RegistryAddress.ToUpperInvariant())).Where(g => g.Count() > 1)
            .Select(g => $"Portal:Networks: chain {g.Key.ChainId} registry {g.Key.Registry} is configured more than once."));

        failures.AddRange(options.TrustedProxies.Where(p => !System.Net.IPAddress.TryParse(p, out _) && !System.Net.IPNetwork.TryParse(p, out _))
            .Select(p => $"Portal:TrustedProxies: '{p}' is neither an IP address nor a CIDR network."));

        if (options.HealthDetailsKey is { Length: > 0 and < MinHealthDetailsKeyLength })
        {
            failures.Add($"Portal:HealthDetailsKey must be empty (no health details) or at least {MinHealthDetailsKeyLength} characters.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
