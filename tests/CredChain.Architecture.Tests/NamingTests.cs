namespace CredChain.Architecture.Tests;

/// <summary>Issue 17, "one name per concept": no two <c>src/</c> projects declare a type of the same simple name, so a
/// name read in a stack trace, a log or a review means one thing. The few names that may stay shared are listed here,
/// each with its reason; a new clash fails until one side is renamed (or the two become one type).</summary>
public sealed class NamingTests
{
    private static readonly Dictionary<string, string> MayBeShared = new(StringComparer.Ordinal)
    {
        ["Program"] = "each host's entry point (Issuer, Verifier, Relay), named by the SDK and by WebApplicationFactory<Program>",
        ["ProblemCodes"] = "the problem-code catalogue of each host; one vocabulary for both is the vocabulary work of issue 17",
        ["QrApi"] = "the same endpoint, GET /api/v1/credentials/{id}/qr, in the issuing service and in the portal; one QR policy is the QR work of issue 17",
    };

    [Fact]
    public void NoTwoSourceProjects_DeclareATypeOfTheSameName_UnlessListed()
    {
        var clashes = TypeNames.SharedAcrossProjects()
            .Where(clash => !MayBeShared.ContainsKey(clash.Key))
            .Select(clash => $"{clash.Key}: {string.Join(", ", clash.Value)}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(clashes.Count == 0, "Types of the same name in two src/ projects (rename one so each name means one thing):\n" + string.Join('\n', clashes));
    }

    [Fact]
    public void TheScan_FindsTheHostsSharedEntryPoint()
    {
        var shared = TypeNames.SharedAcrossProjects();

        Assert.Equal(["src/CredChain.Issuer", "src/CredChain.Relay", "src/CredChain.Verifier"], shared["Program"]);
    }
}
