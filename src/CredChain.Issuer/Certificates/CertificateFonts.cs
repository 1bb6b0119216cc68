using PdfSharp.Fonts;

namespace CredChain.Issuer.Certificates;

/// <summary>
/// PDFsharp's font resolver over the configured TrueType files. PDFsharp holds one resolver per process and refuses a
/// second once fonts were used, so the first host in a process installs it and every later one shares it (hosts in one
/// process are configured alike: the dev launcher and the tests).
/// </summary>
internal sealed class CertificateFonts : IFontResolver
{
    public const string Latin = "CredChain Latin";
    public const string Cjk = "CredChain CJK";
    private const string LatinBoldFace = "credchain-latin-bold";
    private const string LatinFace = "credchain-latin";
    private const string CjkFace = "credchain-cjk";

    private static readonly Lock InstallLock = new();
    private readonly Dictionary<string, byte[]> _faces;

    private CertificateFonts(CertificateOptions options)
    {
        _faces = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [LatinFace] = File.ReadAllBytes(options.LatinFontFile),
            [LatinBoldFace] = File.ReadAllBytes(options.LatinBoldFontFile),
            [CjkFace] = File.ReadAllBytes(options.CjkFontFile),
        };
    }

    /// <summary>Installs the resolver unless this process already has one.</summary>
    public static void Install(CertificateOptions options)
    {
        lock (InstallLock)
        {
            if (GlobalFontSettings.FontResolver is not CertificateFonts)
            {
                GlobalFontSettings.FontResolver = new CertificateFonts(options);
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) => familyName switch
    {
        Latin => new FontResolverInfo(isBold ? LatinBoldFace : LatinFace),
        // Droid Sans Fallback has no bold face: PDFsharp thickens the strokes.
        Cjk => new FontResolverInfo(CjkFace, isBold, false),
        _ => null,
    };

    public byte[]? GetFont(string faceName) => _faces.GetValueOrDefault(faceName);
}
