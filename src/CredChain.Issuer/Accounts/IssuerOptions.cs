using System.ComponentModel.DataAnnotations;

namespace CredChain.Issuer.Accounts;

/// <summary>Section <c>Issuer</c>: the accounts this service issues for.</summary>
internal sealed class IssuerOptions : IValidatableObject
{
    public const string SectionName = "Issuer";

    public IList<IssuerAccountOptions> Accounts { get; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var account in Accounts)
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(account, new ValidationContext(account), results, validateAllProperties: true);
            foreach (var result in results)
            {
                yield return result;
            }
        }
    }
}
