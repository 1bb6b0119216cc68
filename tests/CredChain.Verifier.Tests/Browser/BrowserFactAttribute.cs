namespace CredChain.Verifier.Tests.Browser;

/// <summary>A browser test: skipped, with the reason, only when the system Chromium is not installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath))
        {
            Skip = $"{BrowserFixture.ChromiumPath} is not installed (apt-get install -y chromium); browsers are never downloaded.";
        }
    }
}
