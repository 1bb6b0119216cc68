using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CredChain.Relay.Options;

/// <summary>Validates the relay options and every member's (data annotations do not descend into lists).</summary>
internal sealed class RelayOptionsValidator : IValidateOptions<RelayOptions>
{
    public ValidateOptionsResult Validate(string? name, RelayOptions options)
    {
        var failures = new List<string>();
        Collect(options, "Relay", failures);
        for (var i = 0; i < options.Members.Count; i++)
        {
            Collect(options.Members[i], $"Relay:Members:{i}", failures);
        }

        var duplicates = options.Members.GroupBy(m => m.Key, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
        failures.AddRange(duplicates.Select(k => $"Relay:Members: the key '{k}' appears more than once."));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Collect(object instance, string prefix, List<string> failures)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(instance, new ValidationContext(instance), results, validateAllProperties: true);
        // Messages name the member, never its value: the private key must not reach a log.
        failures.AddRange(results.Select(r => $"{prefix}:{string.Join(",", r.MemberNames)} is missing or invalid."));
    }
}
