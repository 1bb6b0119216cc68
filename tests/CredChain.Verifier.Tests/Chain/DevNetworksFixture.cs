using System.Text.Json;
using CredChain.Core.Documents;
using CredChain.Testing.Chain;
using Nethereum.Web3.Accounts;

namespace CredChain.Verifier.Tests.Chain;

/// <summary>
/// Two real dev nodes on different chain ids ("islands"), each with its registries and an accredited university,
/// shared by the chain test classes. Tests create their own credentials, so they stay independent.
/// </summary>
public sealed class DevNetworksFixture : IAsyncLifetime
{
    public DevNetwork Education { get; private set; } = null!;

    public DevNetwork Vocational { get; private set; } = null!;

    public Account Tsinghua { get; private set; } = null!;

    public Account Skills { get; private set; } = null!;

    /// <summary>OpenAttestation's DocumentStore on <see cref="Education"/>, listed in <see cref="PortalSettings"/>.</summary>
    public OpenAttestationDevStore OpenAttestation { get; private set; } = null!;

    public static JsonElement Subject(string name = "张三 Zhang San", string degree = "Bachelor of Engineering") =>
        JsonSerializer.SerializeToElement(new
        {
            name,
            degree,
            major = "计算机科学与技术 Computer Science",
            studentNumber = "2022010101",
            gpa = 3.8,
            honours = new[] { "优秀毕业生", "Dean's list" },
        });

    public async Task InitializeAsync()
    {
        var (education, vocational) = await TestChain.StartTwoAsync(1337, 31337);
        Education = new DevNetwork("cn-edu", "中国高等教育学历链", "China Higher Education Chain", education);
        Vocational = new DevNetwork("cn-vet", "职业技能证书链", "Vocational Skills Chain", vocational);
        Tsinghua = await Education.NewAccreditedIssuerAsync("示例大学", "Example University");
        Skills = await Vocational.NewAccreditedIssuerAsync("示例职业技术学院", "Example Polytechnic");
        OpenAttestation = await OpenAttestationDevStore.DeployAsync(Education);
    }

    /// <summary>Portal settings listing both networks; extra settings override.</summary>
    public Dictionary<string, string?> PortalSettings(params (string Key, string? Value)[] extra)
    {
        var settings = Education.Settings(0).Concat(OpenAttestation.Settings(0)).Concat(Vocational.Settings(1)).ToDictionary(kv => kv.Key, kv => kv.Value);
        settings["Index:PollInterval"] = "00:00:00.100";
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    public async Task<CredentialDocument> IssueAsync(DevNetwork network, Account issuer, DateTimeOffset validFrom, DateTimeOffset? validUntil = null, JsonElement? subject = null) =>
        (await network.IssueBatchAsync(issuer, network == Education ? "Example University" : "Example Polytechnic", [subject ?? Subject()], validFrom, validUntil))[0];

    public async Task DisposeAsync()
    {
        await Education.DisposeAsync();
        await Vocational.DisposeAsync();
    }
}
