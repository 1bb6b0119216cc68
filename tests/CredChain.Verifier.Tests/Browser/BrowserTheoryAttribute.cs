namespace CredChain.Verifier.Tests.Browser;

/// <summary>A browser theory: skipped, with the reason, only when the system Chromium is not installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath))
        {
            Skip = $"{BrowserFixture.ChromiumPath} is not installed (apt-get install -y chromium); browsers are never downloaded.";
        }
    }
}
