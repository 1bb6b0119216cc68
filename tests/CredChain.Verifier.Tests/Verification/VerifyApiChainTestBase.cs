using System.Text.Json.Nodes;
using CredChain.Core.Documents;
using CredChain.Verifier.Tests.Chain;
using CredChain.Testing.Verdicts;
using CredChain.Verifier.Tests.Infrastructure;

namespace CredChain.Verifier.Tests.Verification;

/// <summary>What the <c>POST /api/v1/verify</c> tests against real dev nodes share: the two networks, a portal that
/// trusts them with a fake clock for verdicts, and the expected checks of a valid credential.</summary>
public abstract class VerifyApiChainTestBase : IDisposable
{
    protected VerifyApiChainTestBase(DevNetworksFixture chain)
    {
        Chain = chain;
        Portal = new PortalFactory(chain.PortalSettings(), fakeClockForVerdictsOnly: true);
        Client = Portal.CreateClient();
    }

    protected DevNetworksFixture Chain { get; }

    protected PortalFactory Portal { get; }

    protected HttpClient Client { get; }

    protected DateTimeOffset Now => Portal.Time.GetUtcNow();

    public void Dispose()
    {
        Portal.Dispose();
        GC.SuppressFinalize(this);
    }

    protected static string Mutate(CredentialDocument document, Action<JsonNode> change)
    {
        var node = JsonNode.Parse(document.ToJsonString())!;
        change(node);
        return node.ToJsonString();
    }

    /// <summary>The verdict of a valid CredChain credential with the named checks (<c>kind:status:reason</c>) replaced.</summary>
    internal static VerdictSummary Expect(string status, params string[] replaced) =>
        new(status, ExpectedChecks.ValidExcept(replaced));
}
