using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CredChain.Verifier.Publications;

/// <summary>Validates each configured publisher (data annotations do not reach into list items) and that names are unique.</summary>
internal sealed class PublicationOptionsValidator : IValidateOptions<PublicationOptions>
{
    public ValidateOptionsResult Validate(string? name, PublicationOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.Publishers.Count; i++)
        {
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(options.Publishers[i], new ValidationContext(options.Publishers[i]), results, validateAllProperties: true))
            {
                failures.AddRange(results.Select(r => $"Publications:Publishers:{i}: {r.ErrorMessage}"));
            }
        }

        if (options.Publishers.GroupBy(p => p.Name, StringComparer.Ordinal).Any(g => g.Count() > 1))
        {
            failures.Add("Publications:Publishers: names must be unique.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
