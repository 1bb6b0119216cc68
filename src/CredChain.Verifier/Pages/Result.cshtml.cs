using System.Globalization;
using CredChain.Core.Documents;
using CredChain.Core.OpenAttestation;
using CredChain.Core.Verification;
using CredChain.Verifier.Verification;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CredChain.Verifier.Pages;

/// <summary>Verifies an uploaded file (or a document decrypted in the browser) and shows the verdict.</summary>
internal sealed class ResultModel(VerificationService verification) : PageModel
{
    public VerifyResponse? Verdict { get; private set; }

    public string? Problem { get; private set; }

    public string? ExpectedId { get; private set; }

    public bool FromShare { get; private set; }

    public bool Chinese => HttpContext.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name.StartsWith("zh", StringComparison.Ordinal) ?? false;

    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync(IFormFile? file, [FromForm] string? document, [FromForm] string? expectedId, [FromForm] string? source, CancellationToken cancellationToken)
    {
        ExpectedId = expectedId;
        FromShare = source == "share";
        var limit = CredentialLimits.MaxDocumentBytes;
        byte[] body;
        if (file is { Length: > 0 })
        {
            if (file.Length > limit)
            {
                return Fail(StatusCodes.Status413PayloadTooLarge, "Result.TooLarge");
            }

            await using var stream = file.OpenReadStream();
            body = new byte[file.Length];
            await stream.ReadExactlyAsync(body, cancellationToken);
        }
        else if (!string.IsNullOrEmpty(document))
        {
            body = System.Text.Encoding.UTF8.GetBytes(document);
            if (body.Length > limit)
            {
                return Fail(StatusCodes.Status413PayloadTooLarge, "Result.TooLarge");
            }
        }
        else
        {
            return Fail(StatusCodes.Status400BadRequest, "Result.NoFile");
        }

        var outcome = await verification.VerifyAsync(body, cancellationToken);
        Verdict = outcome.Verdict;
        if (Verdict is null)
        {
            return Fail(StatusCodes.Status400BadRequest, "StatusHint.Malformed");
        }

        return Page();
    }

    public string BannerClass => Verdict?.Status switch
    {
        VerdictStatus.Valid => "banner-ok",
        VerdictStatus.Expired or VerdictStatus.NotYetValid or VerdictStatus.CouldNotVerify or VerdictStatus.UnknownNetwork
            or VerdictStatus.UnknownIssuer or VerdictStatus.Unsupported => "banner-warn",
        _ => "banner-bad",
    };

    public string BannerIcon => Verdict?.Status switch
    {
        VerdictStatus.Valid => "✓",
        VerdictStatus.Expired or VerdictStatus.NotYetValid => "⌛",
        VerdictStatus.CouldNotVerify or VerdictStatus.UnknownNetwork or VerdictStatus.UnknownIssuer or VerdictStatus.Unsupported => "!",
        _ => "✗",
    };

    public bool WrongCredential => ExpectedId is not null && Verdict?.CredentialId is { } id && !string.Equals(id, ExpectedId, StringComparison.OrdinalIgnoreCase);

    public static string Date(DateTimeOffset? value) => value?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    public static string Time(DateTimeOffset? value) => value?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>A disclosed field's label: its pointer below the subject (<c>/credentialSubject</c>, or <c>/data</c> for OpenAttestation).</summary>
    public static string FieldLabel(string path)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["/credentialSubject", "/data"])
        {
            if (path.StartsWith(prefix + "/", StringComparison.Ordinal))
            {
                return path[(prefix.Length + 1)..];
            }
        }

        return path.TrimStart('/');
    }

    /// <summary>The document format's name for readers.</summary>
    public static string FormatName(string format) => format == OpenAttestationFormat.Name ? "OpenAttestation v2 (OpenCerts)" : "CredChain";

    public static string CheckClass(CheckStatus status) => $"check-{status.ToString().ToLowerInvariant()}";

    public static string CheckMark(CheckStatus status) => status switch
    {
        CheckStatus.Valid => "✓",
        CheckStatus.Invalid => "✗",
        CheckStatus.Error => "!",
        _ => "–",
    };

    private PageResult Fail(int status, string key)
    {
        Problem = key;
        Response.StatusCode = status;
        return Page();
    }
}
