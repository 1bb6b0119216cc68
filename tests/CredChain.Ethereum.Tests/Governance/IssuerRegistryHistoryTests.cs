using CredChain.Ethereum.Governance;
using CredChain.Ethereum.Tests.Support;

namespace CredChain.Ethereum.Tests.Governance;

[Collection(ChainTests.Name)]
public sealed class IssuerRegistryHistoryTests(ChainFixture chain)
{
    [Fact]
    public async Task GetHistory_AfterEveryKindOfChange_ListsOneRecordPerChangeOldestFirst()
    {
        var issuer = await chain.NewAccountAsync();
        var firstFrom = DateTimeOffset.FromUnixTimeSeconds(1_600_000_000);
        var renewedFrom = DateTimeOffset.FromUnixTimeSeconds(1_650_000_000);
        var renewedUntil = DateTimeOffset.FromUnixTimeSeconds(3_000_000_000);

        var accredited = await chain.Governance.AccreditAsync(chain.Governor, issuer.Address, ChainFixture.Profile("Hist"), firstFrom, null);
        var suspended = await chain.Governance.SuspendAsync(chain.Governor, issuer.Address);
        var reinstated = await chain.Governance.ReinstateAsync(chain.Governor, issuer.Address);
        var renewed = await chain.Governance.AccreditAsync(chain.Governor, issuer.Address, ChainFixture.Profile("Hist"), renewedFrom, renewedUntil);

        Assert.Equal(
            [
                new AccreditationRecord(await chain.BlockTimeAsync(accredited), firstFrom, null, true),
                new AccreditationRecord(await chain.BlockTimeAsync(suspended), firstFrom, null, false),
                new AccreditationRecord(await chain.BlockTimeAsync(reinstated), firstFrom, null, true),
                new AccreditationRecord(await chain.BlockTimeAsync(renewed), renewedFrom, renewedUntil, true),
            ],
            await chain.Governance.GetHistoryAsync(issuer.Address));
    }

    [Fact]
    public async Task GetHistory_UnknownAccount_IsEmpty()
    {
        var stranger = await chain.NewAccountAsync();

        Assert.Empty(await chain.Governance.GetHistoryAsync(stranger.Address));
    }

    [Fact]
    public async Task IsAccreditedAt_AcrossTheHistory_AnswersWithTheRecordInForceAtThatInstant()
    {
        var issuer = await chain.NewAccountAsync();
        await chain.Node.AdvanceTimeAsync(TimeSpan.FromSeconds(10));
        var accredited = await chain.BlockTimeAsync(await chain.Governance.AccreditAsync(chain.Governor, issuer.Address, ChainFixture.Profile("When"), DateTimeOffset.UnixEpoch, null));
        await chain.Node.AdvanceTimeAsync(TimeSpan.FromSeconds(10));
        var suspended = await chain.BlockTimeAsync(await chain.Governance.SuspendAsync(chain.Governor, issuer.Address));
        await chain.Node.AdvanceTimeAsync(TimeSpan.FromSeconds(10));
        var reinstated = await chain.BlockTimeAsync(await chain.Governance.ReinstateAsync(chain.Governor, issuer.Address));

        var instants = new[]
        {
            accredited.AddSeconds(-1), accredited, suspended.AddSeconds(-1), suspended, reinstated.AddSeconds(-1), reinstated, reinstated.AddDays(365),
        };
        var answers = new List<bool>();
        foreach (var instant in instants)
        {
            answers.Add(await chain.Governance.IsAccreditedAtAsync(issuer.Address, instant));
        }

        Assert.Equal([false, true, true, false, false, true, true], answers);
    }

    [Fact]
    public async Task IsAccreditedAt_OutsideTheWindow_IsFalseAndInsideIsTrue()
    {
        var issuer = await chain.NewAccountAsync();
        var now = await chain.LatestBlockTimeAsync();
        var from = now.AddDays(1);
        var until = now.AddDays(2);
        await chain.Governance.AccreditAsync(chain.Governor, issuer.Address, ChainFixture.Profile("Window"), from, until);

        var answers = new List<bool>();
        foreach (var instant in new[] { from.AddSeconds(-1), from, until, until.AddSeconds(1) })
        {
            answers.Add(await chain.Governance.IsAccreditedAtAsync(issuer.Address, instant));
        }

        Assert.Equal([false, true, true, false], answers);
    }

    [Fact]
    public async Task IsAccreditedAt_BeforeTheAccreditationWasRecorded_IsFalseEvenInsideTheWindow()
    {
        var issuer = await chain.NewAccountAsync();
        var receipt = await chain.Governance.AccreditAsync(chain.Governor, issuer.Address, ChainFixture.Profile("Late"), DateTimeOffset.UnixEpoch, null);
        var recorded = await chain.BlockTimeAsync(receipt);

        Assert.Equal(
            (false, true),
            (await chain.Governance.IsAccreditedAtAsync(issuer.Address, recorded.AddSeconds(-1)), await chain.Governance.IsAccreditedAtAsync(issuer.Address, recorded)));
    }

    [Fact]
    public async Task IsAccreditedAt_NeverAccredited_IsFalse()
    {
        var stranger = await chain.NewAccountAsync();

        Assert.False(await chain.Governance.IsAccreditedAtAsync(stranger.Address, await chain.LatestBlockTimeAsync()));
    }
}
