using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CredChain.Testing.Browser;

/// <summary>Waiting for the portal's verdict page in a browser test, the same way in every test.</summary>
public static partial class ResultPage
{
    /// <summary>A hang guard, not a speed check: a loaded two-core CI machine is slow.</summary>
    private const float TimeoutMs = 90_000;

    /// <summary>
    /// Waits until the page is on <c>/result</c> and its document is parsed. The page's URL is polled rather than a
    /// navigation event awaited: a navigation that commits before a waiter subscribes (a fast POST answered while the
    /// test is between two calls) is never seen by the waiter, and the test hung 90 s. Nor is the load event awaited;
    /// the locators that read the verdict wait for what they need.
    /// </summary>
    /// <exception cref="TimeoutException">The page never reached <c>/result</c>; the message says what it shows instead.</exception>
    public static async Task WaitForResultAsync(this IPage page)
    {
        try
        {
            await Assertions.Expect(page).ToHaveURLAsync(ResultUrl(), new() { Timeout = TimeoutMs }).ConfigureAwait(false);
            await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded, new() { Timeout = TimeoutMs }).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            // Say what the page showed instead: a missing or withdrawn share, a decryption failure, a page whose
            // script never submitted.
            var shown = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('main [id]')].filter(e => !e.hidden).map(e => e.id).join(', ')").ConfigureAwait(false);
            throw new TimeoutException($"The page did not reach /result; it is {page.Url} showing [{shown}].", ex);
        }
    }

    [GeneratedRegex("/result$")]
    private static partial Regex ResultUrl();
}
