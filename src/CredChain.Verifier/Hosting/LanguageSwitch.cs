using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;

namespace CredChain.Verifier.Hosting;

/// <summary><c>GET /lang/{culture}?returnUrl=/path</c>: remembers the visitor's language in a cookie and goes back.</summary>
internal static class LanguageSwitch
{
    /// <summary>zh-CN and en; plain "zh" (and zh-Hans) browsers get the same Chinese (SharedResource.zh.resx).</summary>
    public static readonly CultureInfo[] SupportedCultures = [new("zh-CN"), new("zh-Hans"), new("zh"), new("en")];

    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/lang/{culture}", Switch).ExcludeFromDescription();
        return app;
    }

    internal static RedirectHttpResult Switch(string culture, string? returnUrl, HttpContext http)
    {
        var supported = SupportedCultures.FirstOrDefault(c => string.Equals(c.Name, culture, StringComparison.OrdinalIgnoreCase));
        if (supported is not null)
        {
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(supported)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
        }

        // Only local paths: an open redirect on a verification portal is a phishing gift.
        var target = returnUrl is { Length: > 0 } && returnUrl[0] == '/' && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
        return TypedResults.LocalRedirect(target);
    }
}
