using Microsoft.Extensions.Options;

namespace CredChain.Issuer.Certificates;

/// <summary>The template's files must exist at start, not at the first certificate.</summary>
internal sealed class CertificateOptionsValidator : IValidateOptions<CertificateOptions>
{
    public ValidateOptionsResult Validate(string? name, CertificateOptions options)
    {
        var failures = new List<string>();
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        foreach (var (key, path) in new[]
        {
            (nameof(options.LatinFontFile), options.LatinFontFile),
            (nameof(options.LatinBoldFontFile), options.LatinBoldFontFile),
            (nameof(options.CjkFontFile), options.CjkFontFile),
            (nameof(options.LogoFile), options.LogoFile),
        })
        {
            if (!string.IsNullOrEmpty(path) && !File.Exists(path))
            {
                failures.Add($"Certificates:{key}: no file at {path} (Debian: apt-get install fonts-dejavu-core fonts-droid-fallback; or set Certificates:Enabled=false).");
            }
        }

        if (options.AchievementFields.Count > 4)
        {
            failures.Add("Certificates:AchievementFields: at most 4 fields fit on the page.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
