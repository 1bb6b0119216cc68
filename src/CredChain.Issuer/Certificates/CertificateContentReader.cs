using System.Text.Json;
using CredChain.Core.Documents;

namespace CredChain.Issuer.Certificates;

/// <summary>Reads a certificate's text out of the credential document, as the template options say.</summary>
internal static class CertificateContentReader
{
    public static CertificateContent Read(CredentialDocument document, CertificateOptions options, Uri qrLink, string? code)
    {
        var credential = document.Credential;
        var institution = string.IsNullOrWhiteSpace(options.InstitutionZh) && string.IsNullOrWhiteSpace(options.InstitutionEn)
            ? SplitName(credential.Issuer.Name)
            : (options.InstitutionZh ?? "", options.InstitutionEn ?? "");
        var subject = credential.Subject;
        var achievements = options.AchievementFields
            .Select(field => Pair(subject, field))
            .Where(p => p.Zh.Length + p.En.Length > 0)
            .ToList();
        return new CertificateContent(institution, Pair(subject, options.HolderField), achievements, credential.ValidFrom, credential.ValidUntil, credential.Uuid, qrLink, code);
    }

    /// <summary>A member as (zh, en): an object's "zh" and "en", or a string on the line its script belongs to.</summary>
    private static (string Zh, string En) Pair(JsonElement subject, string field)
    {
        if (subject.ValueKind != JsonValueKind.Object || !subject.TryGetProperty(field, out var value))
        {
            return ("", "");
        }

        return value.ValueKind switch
        {
            JsonValueKind.Object => (Text(value, "zh"), Text(value, "en")),
            JsonValueKind.String => MixedText.HasCjk(value.GetString()!) ? (value.GetString()!, "") : ("", value.GetString()!),
            _ => ("", value.GetRawText()),
        };
    }

    private static string Text(JsonElement value, string language) =>
        value.TryGetProperty(language, out var text) && text.ValueKind == JsonValueKind.String ? text.GetString()! : "";

    /// <summary>"示范大学 / CredChain Demo University" → both halves; a name in one script goes on its own line.</summary>
    private static (string Zh, string En) SplitName(string name)
    {
        var slash = name.IndexOf(" / ", StringComparison.Ordinal);
        if (slash > 0)
        {
            return (name[..slash].Trim(), name[(slash + 3)..].Trim());
        }

        var firstLatin = name.TakeWhile(c => !char.IsAsciiLetter(c)).Count();
        return MixedText.HasCjk(name) && firstLatin < name.Length && firstLatin > 0
            ? (name[..firstLatin].Trim(), name[firstLatin..].Trim())
            : MixedText.HasCjk(name) ? (name, "") : ("", name);
    }
}
