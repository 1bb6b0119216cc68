using System.ComponentModel.DataAnnotations;

namespace CredChain.Issuer.Certificates;

/// <summary>
/// Section <c>Certificates</c>: the printed certificate's template. Fonts are TrueType files (PDFsharp embeds TrueType
/// outlines only, so Noto CJK's CFF fonts will not do); the defaults are Debian's <c>fonts-dejavu-core</c> and
/// <c>fonts-droid-fallback</c>. Start fails when a configured file is missing.
/// </summary>
internal sealed class CertificateOptions
{
    public const string SectionName = "Certificates";

    /// <summary>Off: the PDF endpoints answer 503 certificates_disabled and no font file is needed (the dev launcher turns it off when the fonts are not installed).</summary>
    public bool Enabled { get; set; } = true;

    [Required]
    public string LatinFontFile { get; set; } = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    [Required]
    public string LatinBoldFontFile { get; set; } = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

    /// <summary>Chinese (and other CJK) text; Latin runs inside a line use the Latin font.</summary>
    [Required]
    public string CjkFontFile { get; set; } = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";

    /// <summary>Optional PNG or JPEG drawn at the top left (about 2 × 2 cm).</summary>
    public string? LogoFile { get; set; }

    /// <summary>The institution's accredited name as printed; empty means the credential's <c>issuer.name</c>.</summary>
    [MaxLength(200)]
    public string? InstitutionZh { get; set; }

    [MaxLength(200)]
    public string? InstitutionEn { get; set; }

    /// <summary>Optional line of the institution's own wording under the achievement, in Chinese and in English.</summary>
    [MaxLength(300)]
    public string? WordingZh { get; set; }

    [MaxLength(300)]
    public string? WordingEn { get; set; }

    /// <summary>Member of <c>credentialSubject</c> holding the holder's name: a string, or {"zh": …, "en": …}.</summary>
    [Required, MaxLength(100)]
    public string HolderField { get; set; } = "name";

    /// <summary>Members of <c>credentialSubject</c> printed as the achievement, one line each (strings or {"zh", "en"}).</summary>
    public List<string> AchievementFields { get; set; } = ["degree", "major"];
}
