using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CredChain.Verifier.Hub;

/// <summary>Validates every hub, relay and member entry (data annotations do not descend into lists).</summary>
internal sealed class HubTrustOptionsValidator : IValidateOptions<HubTrustOptions>
{
    public ValidateOptionsResult Validate(string? name, HubTrustOptions options)
    {
        var failures = new List<string>();
        for (var h = 0; h < options.Hubs.Count; h++)
        {
            var hub = options.Hubs[h];
            Collect(hub, $"Portal:Hubs:{h}", failures);
            for (var r = 0; r < hub.Relays.Count; r++)
            {
                Collect(hub.Relays[r], $"Portal:Hubs:{h}:Relays:{r}", failures);
            }

            for (var m = 0; m < hub.Members.Count; m++)
            {
                Collect(hub.Members[m], $"Portal:Hubs:{h}:Members:{m}", failures);
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Collect(object instance, string prefix, List<string> failures)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(instance, new ValidationContext(instance), results, validateAllProperties: true);
        failures.AddRange(results.Select(r => $"{prefix}: {r.ErrorMessage}"));
    }
}
