using CredChain.Ethereum.Errors;
using CredChain.Ethereum.Governance;
using CredChain.Ethereum.Tests.Support;

namespace CredChain.Ethereum.Tests.Governance;

/// <summary><c>declareCompromised</c>: an irreversible fact about a key, which may only move earlier.</summary>
[Collection(ChainTests.Name)]
public sealed class IssuerRegistryCompromiseTests(ChainFixture chain)
{
    [Fact]
    public async Task DeclareCompromised_ActiveIssuer_RecordsSinceSuspendsAndLogsBothEvents()
    {
        var issuer = await chain.NewAccreditedIssuerAsync();
        var institution = (await chain.Governance.GetKeyStatusAsync(issuer.Address)).Institution;
        var before = await chain.LatestBlockTimeAsync();
        await chain.Node.AdvanceTimeAsync(TimeSpan.FromHours(2));
        var since = before.AddHours(1);

        var receipt = await chain.Governance.DeclareCompromisedAsync(chain.Governor, issuer.Address, since);

        var declaredAt = await chain.BlockTimeAsync(receipt);
        Assert.Equal(new IssuerKeyStatus(institution, since), await chain.Governance.GetKeyStatusAsync(issuer.Address));
        var compromised = Assert.Single(await chain.Governance.GetKeyCompromisedEventsAsync(receipt.Block()));
        var suspended = Assert.Single(await chain.Governance.GetSuspendedEventsAsync(receipt.Block()));
        Assert.Equal(
            (issuer.Address.ToLowerInvariant(), (ulong)since.ToUnixTimeSeconds(), issuer.Address.ToLowerInvariant()),
            (compromised.Event.Issuer.ToLowerInvariant(), compromised.Event.Since, suspended.Event.Issuer.ToLowerInvariant()));
        // History is not rewritten: the account was accredited between `since` and the declaration, and is not after it.
        Assert.Equal(
            (true, true, false),
            (await chain.Governance.IsAccreditedAtAsync(issuer.Address, since), await chain.Governance.IsAccreditedAtAsync(issuer.Address, declaredAt.AddSeconds(-1)), await chain.Governance.IsAccreditedAtAsync(issuer.Address, declaredAt)));
    }

    [Fact]
    public async Task DeclareCompromised_SuspendedIssuer_RecordsItWithoutAnotherSuspension()
    {
        var issuer = await chain.NewAccreditedIssuerAsync();
        await chain.Governance.SuspendAsync(chain.Governor, issuer.Address);
        var since = await chain.LatestBlockTimeAsync();

        var receipt = await chain.Governance.DeclareCompromisedAsync(chain.Governor, issuer.Address, since);

        Assert.Empty(await chain.Governance.GetSuspendedEventsAsync(receipt.Block()));
        Assert.Equal(since, (await chain.Governance.GetKeyStatusAsync(issuer.Address)).CompromisedSince);
        Assert.Equal([true, false], (await chain.Governance.GetHistoryAsync(issuer.Address)).Select(r => r.Active));
    }

    [Fact]
    public async Task DeclareCompromised_Again_MayOnlyMoveSinceEarlier()
    {
        var issuer = await chain.NewAccreditedIssuerAsync();
        var now = await chain.LatestBlockTimeAsync();
        await chain.Governance.DeclareCompromisedAsync(chain.Governor, issuer.Address, now.AddMinutes(-10));

        await Revert.AssertAsync(
            ChainErrorCode.IssuerAlreadyCompromised,
            () => chain.Governance.DeclareCompromisedAsync(chain.Governor, issuer.Address, now.AddMinutes(-10)),
            ("issuer", issuer.Address),
            ("since", (ulong)now.AddMinutes(-10).ToUnixTimeSeconds()));
        await Revert.AssertAsync(
            ChainErrorCode.IssuerAlreadyCompromised,
            () => chain.Governance.DeclareCompromisedAsync(chain.Governor, issuer.Address, now.AddMinutes(-5)),
            ("issuer", issuer.Address),
            ("since", (ulong)now.AddMinutes(-10).ToUnixTimeSeconds()));
        await chain.Governance.DeclareCompromisedAsync(chain.Governor, issuer.Address, now.AddDays(-3));

        Assert.Equal(now.AddDays(-3), (await chain.Governance.GetKeyStatusAsync(issuer.Address)).CompromisedSince);
    }

    [Fact]
    public async Task DeclareCompromised_SinceInTheFutureOrZero_RevertsInvalidCompromiseTime()
    {
        var issuer = await chain.NewAccreditedIssuerAsync();
        var future = (await chain.LatestBlockTimeAsync()).AddDays(1);

        await Revert.AssertAsync(
            ChainErrorCode.IssuerInvalidCompromiseTime,
            () => chain.Governance.DeclareCompromisedAsync(chain.Governor, issuer.Address, future),
            ("since", (ulong)future.ToUnixTimeSeconds()));
        await Revert.AssertAsync(
            ChainErrorCode.IssuerInvalidCompromiseTime,
            () => chain.Governance.DeclareCompromisedAsync(chain.Governor, issuer.Address, DateTimeOffset.UnixEpoch),
            ("since", 0UL));
    }

    [Fact]
    public async Task DeclareCompromised_UnknownAccount_RevertsUnknownIssuer()
    {
        var stranger = await chain.NewAccountAsync();
        var now = await chain.LatestBlockTimeAsync();

        await Revert.AssertAsync(
            ChainErrorCode.IssuerUnknown,
            () => chain.Governance.DeclareCompromisedAsync(chain.Governor, stranger.Address, now),
            ("issuer", stranger.Address));
    }

    [Fact]
    public async Task DeclareCompromised_ByNonGovernor_RevertsUnauthorizedAccount()
    {
        // The thief holding an issuer key cannot declare anyone compromised (nor clear a declaration: there is no such function).
        var issuer = await chain.NewAccreditedIssuerAsync();
        var victim = await chain.NewAccreditedIssuerAsync();
        var now = await chain.LatestBlockTimeAsync();

        await Revert.AssertAsync(
            ChainErrorCode.UnauthorizedAccount,
            () => chain.Governance.DeclareCompromisedAsync(issuer, victim.Address, now),
            ("account", issuer.Address),
            ("neededRole", GovernanceRoles.Governor));
    }

    [Fact]
    public async Task ReinstateOrAccredit_CompromisedAccount_RevertsKeyCompromised()
    {
        var issuer = await chain.NewAccreditedIssuerAsync();
        await chain.Governance.DeclareCompromisedAsync(chain.Governor, issuer.Address, await chain.LatestBlockTimeAsync());

        await Revert.AssertAsync(
            ChainErrorCode.IssuerKeyCompromised,
            () => chain.Governance.ReinstateAsync(chain.Governor, issuer.Address),
            ("issuer", issuer.Address));
        await Revert.AssertAsync(
            ChainErrorCode.IssuerKeyCompromised,
            () => chain.Governance.AccreditAsync(chain.Governor, issuer.Address, ChainFixture.Profile("Again"), DateTimeOffset.UnixEpoch, null),
            ("issuer", issuer.Address));
    }
}
