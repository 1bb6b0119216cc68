using CredChain.Core.Verification;
using CredChain.Ethereum.Errors;
using CredChain.Ethereum.Governance;
using CredChain.Ethereum.Tests.Support;
using AccreditFunction = CredChain.Ethereum.Generated.IssuerRegistry.AccreditFunction;

namespace CredChain.Ethereum.Tests.Governance;

[Collection(ChainTests.Name)]
public sealed class IssuerRegistryAccreditationTests(ChainFixture chain)
{
    [Fact]
    public async Task Accredit_ByGovernor_RecordsProfileWindowAndEvent()
    {
        var issuer = await chain.NewAccountAsync();
        var validFrom = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        var validUntil = DateTimeOffset.FromUnixTimeSeconds(4_000_000_000);

        var receipt = await chain.Governance.AccreditAsync(chain.Governor, issuer.Address, ChainFixture.Profile("Fudan"), validFrom, validUntil);

        var since = await chain.BlockTimeAsync(receipt);
        Assert.Equal(
            new IssuerInfo(issuer.Address, new IssuerProfile("Fudan大学", "Fudan University", "fudan.edu.cn"), new AccreditationRecord(since, validFrom, validUntil, true)),
            await chain.Governance.GetIssuerAsync(issuer.Address));
        var status = await chain.Governance.GetKeyStatusAsync(issuer.Address);
        var logged = Assert.Single(await chain.Governance.GetAccreditedEventsAsync(receipt.Block()));
        Assert.Equal(
            (issuer.Address.ToLowerInvariant(), status.Institution, "Fudan大学", "Fudan University", "fudan.edu.cn", 1_700_000_000UL, 4_000_000_000UL, receipt.TransactionHash),
            (logged.Event.Issuer.ToLowerInvariant(), logged.Event.Institution, logged.Event.NameZh, logged.Event.NameEn, logged.Event.Domain, logged.Event.ValidFrom, logged.Event.ValidUntil, logged.TransactionHash));
        Assert.Null(status.CompromisedSince);
    }

    [Fact]
    public async Task Accredit_TwoNewAccounts_FoundTwoInstitutionsAndARenewalKeepsIt()
    {
        var first = await chain.NewAccountAsync();
        var second = await chain.NewAccountAsync();
        await chain.Governance.AccreditAsync(chain.Governor, first.Address, ChainFixture.Profile("First"), DateTimeOffset.UnixEpoch, null);
        await chain.Governance.AccreditAsync(chain.Governor, second.Address, ChainFixture.Profile("Second"), DateTimeOffset.UnixEpoch, null);
        var founded = (await chain.Governance.GetKeyStatusAsync(first.Address)).Institution;

        await chain.Governance.AccreditAsync(chain.Governor, first.Address, ChainFixture.Profile("Renamed"), DateTimeOffset.UnixEpoch, null);

        Assert.Equal(
            (new IssuerKeyStatus(founded, null), new IssuerKeyStatus(founded + 1, null), ChainFixture.Profile("Renamed")),
            (await chain.Governance.GetKeyStatusAsync(first.Address), await chain.Governance.GetKeyStatusAsync(second.Address), (await chain.Governance.GetIssuerAsync(first.Address)).Profile));
    }

    [Fact]
    public async Task KeyStatus_UnknownAccount_IsInstitutionZeroAndNotCompromised()
    {
        var stranger = await chain.NewAccountAsync();

        Assert.Equal(new IssuerKeyStatus(0, null), await chain.Governance.GetKeyStatusAsync(stranger.Address));
    }

    [Fact]
    public async Task Accredit_OpenEndedWindow_HasNoValidUntil()
    {
        var issuer = await chain.NewAccountAsync();
        var validFrom = DateTimeOffset.FromUnixTimeSeconds(1_600_000_000);

        var receipt = await chain.Governance.AccreditAsync(chain.Governor, issuer.Address, ChainFixture.Profile("Open"), validFrom, null);

        var info = await chain.Governance.GetIssuerAsync(issuer.Address);
        Assert.Equal(new AccreditationRecord(await chain.BlockTimeAsync(receipt), validFrom, null, true), info.Current);
    }

    [Fact]
    public async Task Accredit_ByNonGovernor_RevertsUnauthorizedAccount()
    {
        var outsider = await chain.NewAccountAsync();
        var issuer = await chain.NewAccountAsync();

        await Revert.AssertAsync(
            ChainErrorCode.UnauthorizedAccount,
            () => chain.Governance.AccreditAsync(outsider, issuer.Address, ChainFixture.Profile("Rogue"), DateTimeOffset.UnixEpoch, null),
            ("account", outsider.Address),
            ("neededRole", GovernanceRoles.Governor));
    }

    [Fact]
    public async Task Accredit_ZeroAddress_RevertsZeroAddress()
    {
        await Revert.AssertAsync(
            ChainErrorCode.IssuerZeroAddress,
            () => chain.Governance.AccreditAsync(chain.Governor, "0x0000000000000000000000000000000000000000", ChainFixture.Profile("Nobody"), DateTimeOffset.UnixEpoch, null));
    }

    [Theory]
    [InlineData("", "English")]
    [InlineData("中文", "")]
    public async Task Accredit_EmptyName_RevertsEmptyName(string nameZh, string nameEn)
    {
        var issuer = await chain.NewAccountAsync();

        await Revert.AssertAsync(
            ChainErrorCode.IssuerEmptyName,
            () => chain.Governance.AccreditAsync(chain.Governor, issuer.Address, new IssuerProfile(nameZh, nameEn, "x.cn"), DateTimeOffset.UnixEpoch, null));
    }

    [Theory]
    [InlineData(2_000_000_000UL, 2_000_000_000UL)]
    [InlineData(2_000_000_000UL, 1_999_999_999UL)]
    [InlineData(0UL, 1_099_511_627_776UL)] // 2^40: does not fit the 40-bit storage
    [InlineData(1_099_511_627_776UL, 0UL)]
    public async Task Accredit_InvalidWindow_RevertsInvalidWindow(ulong validFrom, ulong validUntil)
    {
        var issuer = await chain.NewAccountAsync();
        var function = new AccreditFunction { Issuer = issuer.Address, NameZh = "窗口", NameEn = "Window", Domain = string.Empty, ValidFrom = validFrom, ValidUntil = validUntil };

        await Revert.AssertAsync(
            ChainErrorCode.IssuerInvalidWindow,
            () => chain.Transactions.ExecuteAsync(chain.Governor, chain.Governance.Address, function),
            ("validFrom", validFrom),
            ("validUntil", validUntil));
    }

    [Fact]
    public async Task Accredit_ExistingIssuer_RenewsProfileAndWindow()
    {
        var issuer = await chain.NewAccreditedIssuerAsync("Old");
        var validFrom = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);

        var receipt = await chain.Governance.AccreditAsync(chain.Governor, issuer.Address, ChainFixture.Profile("New"), validFrom, null);

        Assert.Equal(
            new IssuerInfo(issuer.Address, ChainFixture.Profile("New"), new AccreditationRecord(await chain.BlockTimeAsync(receipt), validFrom, null, true)),
            await chain.Governance.GetIssuerAsync(issuer.Address));
    }

    [Fact]
    public async Task GetIssuer_UnknownAccount_ReturnsEmptyProfileAndNoRecord()
    {
        var stranger = await chain.NewAccountAsync();

        var info = await chain.Governance.GetIssuerAsync(stranger.Address);

        Assert.Equal(new IssuerInfo(stranger.Address, new IssuerProfile(string.Empty, string.Empty, string.Empty), null), info);
        Assert.False(info.IsKnown);
    }
}
