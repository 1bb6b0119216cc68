using CredChain.Ethereum.Errors;
using CredChain.Ethereum.Governance;
using CredChain.Ethereum.Tests.Support;

namespace CredChain.Ethereum.Tests.Governance;

/// <summary><c>rotateKey</c>: a new account joins its predecessor's institution; the predecessor stops anchoring.</summary>
[Collection(ChainTests.Name)]
public sealed class IssuerRegistryRotationTests(ChainFixture chain)
{
    [Fact]
    public async Task RotateKey_ByGovernor_AccreditsTheSuccessorInTheSameInstitutionAndSuspendsThePredecessor()
    {
        var predecessor = await chain.NewAccreditedIssuerAsync("Nanjing");
        var successor = await chain.NewAccountAsync();
        var institution = (await chain.Governance.GetKeyStatusAsync(predecessor.Address)).Institution;
        var validFrom = (await chain.LatestBlockTimeAsync()).AddMinutes(-1);
        var validUntil = validFrom.AddYears(5);

        var receipt = await chain.Governance.RotateKeyAsync(chain.Governor, predecessor.Address, successor.Address, validFrom, validUntil);

        var at = await chain.BlockTimeAsync(receipt);
        Assert.Equal(
            new IssuerInfo(successor.Address, ChainFixture.Profile("Nanjing"), new AccreditationRecord(at, validFrom, validUntil, true)),
            await chain.Governance.GetIssuerAsync(successor.Address));
        Assert.Equal(new IssuerKeyStatus(institution, null), await chain.Governance.GetKeyStatusAsync(successor.Address));
        Assert.Equal((true, false), (await chain.Governance.IsAccreditedAtAsync(successor.Address, at), await chain.Governance.IsAccreditedAtAsync(predecessor.Address, at)));
        Assert.Equal([true, false], (await chain.Governance.GetHistoryAsync(predecessor.Address)).Select(r => r.Active));

        var block = receipt.Block();
        var accredited = Assert.Single(await chain.Governance.GetAccreditedEventsAsync(block));
        var suspended = Assert.Single(await chain.Governance.GetSuspendedEventsAsync(block));
        var rotated = Assert.Single(await chain.Governance.GetKeyRotatedEventsAsync(block));
        Assert.Equal(
            (successor.Address.ToLowerInvariant(), institution, "Nanjing大学", "Nanjing University", "nanjing.edu.cn", (ulong)validFrom.ToUnixTimeSeconds(), (ulong)validUntil.ToUnixTimeSeconds()),
            (accredited.Event.Issuer.ToLowerInvariant(), accredited.Event.Institution, accredited.Event.NameZh, accredited.Event.NameEn, accredited.Event.Domain, accredited.Event.ValidFrom, accredited.Event.ValidUntil));
        Assert.Equal(predecessor.Address.ToLowerInvariant(), suspended.Event.Issuer.ToLowerInvariant());
        Assert.Equal(
            (predecessor.Address.ToLowerInvariant(), successor.Address.ToLowerInvariant(), institution),
            (rotated.Event.Predecessor.ToLowerInvariant(), rotated.Event.Successor.ToLowerInvariant(), rotated.Event.Institution));
    }

    [Fact]
    public async Task RotateKey_PredecessorAlreadySuspended_DoesNotSuspendItAgain()
    {
        var predecessor = await chain.NewAccreditedIssuerAsync();
        await chain.Governance.SuspendAsync(chain.Governor, predecessor.Address);
        var successor = await chain.NewAccountAsync();

        var receipt = await chain.Governance.RotateKeyAsync(chain.Governor, predecessor.Address, successor.Address, DateTimeOffset.UnixEpoch, null);

        Assert.Empty(await chain.Governance.GetSuspendedEventsAsync(receipt.Block()));
        Assert.Equal([true, false], (await chain.Governance.GetHistoryAsync(predecessor.Address)).Select(r => r.Active));
    }

    [Fact]
    public async Task RotateKey_Twice_EveryAccountKeepsTheInstitutionAndARenewalRenamesItForAll()
    {
        var first = await chain.NewAccreditedIssuerAsync("Old");
        var second = await chain.NewAccountAsync();
        var third = await chain.NewAccountAsync();
        await chain.Governance.RotateKeyAsync(chain.Governor, first.Address, second.Address, DateTimeOffset.UnixEpoch, null);
        await chain.Governance.RotateKeyAsync(chain.Governor, second.Address, third.Address, DateTimeOffset.UnixEpoch, null);

        await chain.Governance.AccreditAsync(chain.Governor, third.Address, ChainFixture.Profile("Renamed"), DateTimeOffset.UnixEpoch, null);

        var institution = (await chain.Governance.GetKeyStatusAsync(first.Address)).Institution;
        foreach (var account in new[] { first, second, third })
        {
            Assert.Equal(
                (institution, ChainFixture.Profile("Renamed")),
                ((await chain.Governance.GetKeyStatusAsync(account.Address)).Institution, (await chain.Governance.GetIssuerAsync(account.Address)).Profile));
        }
    }

    [Fact]
    public async Task RotateKey_ByNonGovernor_RevertsUnauthorizedAccount()
    {
        var predecessor = await chain.NewAccreditedIssuerAsync();
        var successor = await chain.NewAccountAsync();

        await Revert.AssertAsync(
            ChainErrorCode.UnauthorizedAccount,
            () => chain.Governance.RotateKeyAsync(predecessor, predecessor.Address, successor.Address, DateTimeOffset.UnixEpoch, null),
            ("account", predecessor.Address),
            ("neededRole", GovernanceRoles.Governor));
    }

    [Fact]
    public async Task RotateKey_UnknownPredecessor_RevertsUnknownIssuer()
    {
        var stranger = await chain.NewAccountAsync();
        var successor = await chain.NewAccountAsync();

        await Revert.AssertAsync(
            ChainErrorCode.IssuerUnknown,
            () => chain.Governance.RotateKeyAsync(chain.Governor, stranger.Address, successor.Address, DateTimeOffset.UnixEpoch, null),
            ("issuer", stranger.Address));
    }

    [Fact]
    public async Task RotateKey_ToAnAccountOfAnotherInstitution_RevertsAlreadyAccredited()
    {
        // An account never changes institution: otherwise moving it would let it revoke another institution's credentials.
        var predecessor = await chain.NewAccreditedIssuerAsync();
        var other = await chain.NewAccreditedIssuerAsync();

        await Revert.AssertAsync(
            ChainErrorCode.IssuerAlreadyAccredited,
            () => chain.Governance.RotateKeyAsync(chain.Governor, predecessor.Address, other.Address, DateTimeOffset.UnixEpoch, null),
            ("account", other.Address));
        await Revert.AssertAsync(
            ChainErrorCode.IssuerAlreadyAccredited,
            () => chain.Governance.RotateKeyAsync(chain.Governor, predecessor.Address, predecessor.Address, DateTimeOffset.UnixEpoch, null),
            ("account", predecessor.Address));
    }

    [Fact]
    public async Task RotateKey_ToTheZeroAddress_RevertsZeroAddress()
    {
        var predecessor = await chain.NewAccreditedIssuerAsync();

        await Revert.AssertAsync(
            ChainErrorCode.IssuerZeroAddress,
            () => chain.Governance.RotateKeyAsync(chain.Governor, predecessor.Address, "0x0000000000000000000000000000000000000000", DateTimeOffset.UnixEpoch, null));
    }

    [Fact]
    public async Task RotateKey_WindowEndingBeforeItStarts_RevertsInvalidWindow()
    {
        var predecessor = await chain.NewAccreditedIssuerAsync();
        var successor = await chain.NewAccountAsync();
        var from = DateTimeOffset.FromUnixTimeSeconds(2_000_000_000);

        await Revert.AssertAsync(
            ChainErrorCode.IssuerInvalidWindow,
            () => chain.Governance.RotateKeyAsync(chain.Governor, predecessor.Address, successor.Address, from, from),
            ("validFrom", 2_000_000_000UL),
            ("validUntil", 2_000_000_000UL));
    }

    [Fact]
    public async Task RotateKey_FromACompromisedKey_Succeeds()
    {
        var stolen = await chain.NewAccreditedIssuerAsync();
        var successor = await chain.NewAccountAsync();
        await chain.Governance.DeclareCompromisedAsync(chain.Governor, stolen.Address, await chain.LatestBlockTimeAsync());

        await chain.Governance.RotateKeyAsync(chain.Governor, stolen.Address, successor.Address, DateTimeOffset.UnixEpoch, null);

        Assert.Equal(
            ((await chain.Governance.GetKeyStatusAsync(stolen.Address)).Institution, true),
            ((await chain.Governance.GetKeyStatusAsync(successor.Address)).Institution, await chain.Governance.IsAccreditedAtAsync(successor.Address, await chain.LatestBlockTimeAsync())));
    }
}
