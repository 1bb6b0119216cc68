using CredChain.Ethereum.Errors;
using CredChain.Ethereum.Governance;
using CredChain.Ethereum.Tests.Support;

namespace CredChain.Ethereum.Tests.Governance;

[Collection(ChainTests.Name)]
public sealed class IssuerRegistrySuspensionTests(ChainFixture chain)
{
    [Fact]
    public async Task Suspend_ActiveIssuer_DeactivatesAndLogsEvent()
    {
        var issuer = await chain.NewAccreditedIssuerAsync();

        var receipt = await chain.Governance.SuspendAsync(chain.Governor, issuer.Address);

        var info = await chain.Governance.GetIssuerAsync(issuer.Address);
        Assert.Equal((await chain.BlockTimeAsync(receipt), false), (info.Current!.Since, info.Current.Active));
        var logged = Assert.Single(await chain.Governance.GetSuspendedEventsAsync(receipt.Block()));
        Assert.Equal(issuer.Address, logged.Event.Issuer, ignoreCase: true);
    }

    [Fact]
    public async Task Reinstate_SuspendedIssuer_ReactivatesWithSameWindowAndLogsEvent()
    {
        var issuer = await chain.NewAccreditedIssuerAsync();
        var before = (await chain.Governance.GetIssuerAsync(issuer.Address)).Current!;
        await chain.Governance.SuspendAsync(chain.Governor, issuer.Address);

        var receipt = await chain.Governance.ReinstateAsync(chain.Governor, issuer.Address);

        Assert.Equal(
            before with { Since = await chain.BlockTimeAsync(receipt) },
            (await chain.Governance.GetIssuerAsync(issuer.Address)).Current);
        var logged = Assert.Single(await chain.Governance.GetReinstatedEventsAsync(receipt.Block()));
        Assert.Equal(issuer.Address, logged.Event.Issuer, ignoreCase: true);
    }

    [Fact]
    public async Task Suspend_UnknownIssuer_RevertsUnknownIssuer()
    {
        var stranger = await chain.NewAccountAsync();

        await Revert.AssertAsync(
            ChainErrorCode.IssuerUnknown,
            () => chain.Governance.SuspendAsync(chain.Governor, stranger.Address),
            ("issuer", stranger.Address));
    }

    [Fact]
    public async Task Suspend_AlreadySuspended_RevertsAlreadySuspended()
    {
        var issuer = await chain.NewAccreditedIssuerAsync();
        await chain.Governance.SuspendAsync(chain.Governor, issuer.Address);

        await Revert.AssertAsync(
            ChainErrorCode.IssuerAlreadySuspended,
            () => chain.Governance.SuspendAsync(chain.Governor, issuer.Address),
            ("issuer", issuer.Address));
    }

    [Fact]
    public async Task Reinstate_ActiveIssuer_RevertsNotSuspended()
    {
        var issuer = await chain.NewAccreditedIssuerAsync();

        await Revert.AssertAsync(
            ChainErrorCode.IssuerNotSuspended,
            () => chain.Governance.ReinstateAsync(chain.Governor, issuer.Address),
            ("issuer", issuer.Address));
    }

    [Fact]
    public async Task Reinstate_UnknownIssuer_RevertsUnknownIssuer()
    {
        var stranger = await chain.NewAccountAsync();

        await Revert.AssertAsync(
            ChainErrorCode.IssuerUnknown,
            () => chain.Governance.ReinstateAsync(chain.Governor, stranger.Address),
            ("issuer", stranger.Address));
    }

    [Fact]
    public async Task SuspendAndReinstate_ByNonGovernor_RevertUnauthorizedAccount()
    {
        var issuer = await chain.NewAccreditedIssuerAsync();
        var outsider = await chain.NewAccountAsync();

        await Revert.AssertAsync(
            ChainErrorCode.UnauthorizedAccount,
            () => chain.Governance.SuspendAsync(outsider, issuer.Address),
            ("account", outsider.Address),
            ("neededRole", GovernanceRoles.Governor));
        await chain.Governance.SuspendAsync(chain.Governor, issuer.Address);
        await Revert.AssertAsync(
            ChainErrorCode.UnauthorizedAccount,
            () => chain.Governance.ReinstateAsync(outsider, issuer.Address),
            ("account", outsider.Address),
            ("neededRole", GovernanceRoles.Governor));
    }
}
