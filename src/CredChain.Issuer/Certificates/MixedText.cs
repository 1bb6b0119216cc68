using PdfSharp.Drawing;

namespace CredChain.Issuer.Certificates;

/// <summary>Draws a line that may mix Chinese and Latin text, each run in its own font, centred or left-aligned.</summary>
internal static class MixedText
{
    public static bool HasCjk(string text) => text.Any(IsCjk);

    /// <summary>CJK ideographs, kana, hangul, CJK punctuation and full-width forms.</summary>
    private static bool IsCjk(char c) => c >= '\u2E80' && !(c >= '\uFB00' && c <= '\uFE0F') && !char.IsSurrogate(c) || c >= '\uFF00' && c <= '\uFFEF';

    public static void Draw(XGraphics gfx, string text, double size, bool bold, XBrush brush, double x, double y, bool centre)
    {
        var runs = Runs(text, size, bold);
        var width = runs.Sum(r => gfx.MeasureString(r.Text, r.Font).Width);
        var at = centre ? x - (width / 2) : x;
        foreach (var (run, font) in runs)
        {
            gfx.DrawString(run, font, brush, at, y);
            at += gfx.MeasureString(run, font).Width;
        }
    }

    private static List<(string Text, XFont Font)> Runs(string text, double size, bool bold)
    {
        var style = bold ? XFontStyleEx.Bold : XFontStyleEx.Regular;
        var latin = new XFont(CertificateFonts.Latin, size, style);
        var cjk = new XFont(CertificateFonts.Cjk, size, style);
        var runs = new List<(string, XFont)>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || IsCjk(text[i]) != IsCjk(text[start]))
            {
                runs.Add((text[start..i], IsCjk(text[start]) ? cjk : latin));
                start = i;
            }
        }

        return runs;
    }
}
