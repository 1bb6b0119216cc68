namespace CredChain.EndToEnd.Tests.Certificates;

/// <summary>
/// The printed-certificate tests drive Chromium against a portal hosted in this test process. They run on their own,
/// after the parallel collections: the hostile-holder corpus keeps every pool thread of this process busy, and a page
/// load then queued behind it for more than the browser's wait (CI, stop 20).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PrintedCertificateGroup
{
    public const string Name = "Printed certificates (browser)";
}
