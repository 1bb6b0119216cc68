namespace CredChain.EndToEnd.Tests.Certificates;

/// <summary>Skipped, with the reason, only when a tool the scan needs is not installed (.ci/run installs them all).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PrintedCertificateFactAttribute : FactAttribute
{
    public PrintedCertificateFactAttribute()
    {
        var missing = ScanTools.Missing();
        if (missing.Count > 0)
        {
            Skip = $"Not installed: {string.Join(", ", missing)} (see .ci/run); nothing is downloaded.";
        }
    }
}
