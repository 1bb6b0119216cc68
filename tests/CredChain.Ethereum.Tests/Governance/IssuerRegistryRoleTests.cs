using CredChain.Ethereum.Errors;
using CredChain.Ethereum.Governance;
using CredChain.Ethereum.Generated.IssuerRegistry;
using CredChain.Ethereum.Tests.Support;
using Nethereum.Hex.HexConvertors.Extensions;

namespace CredChain.Ethereum.Tests.Governance;

[Collection(ChainTests.Name)]
public sealed class IssuerRegistryRoleTests(ChainFixture chain)
{
    [Fact]
    public async Task Deployment_GrantsAdminAndGovernorToTheGovernorOnly()
    {
        var outsider = await chain.NewAccountAsync();

        Assert.Equal(
            (true, true, false, false),
            (await chain.Governance.HasRoleAsync(GovernanceRoles.DefaultAdmin, chain.Governor.Address),
             await chain.Governance.HasRoleAsync(GovernanceRoles.Governor, chain.Governor.Address),
             await chain.Governance.HasRoleAsync(GovernanceRoles.DefaultAdmin, outsider.Address),
             await chain.Governance.HasRoleAsync(GovernanceRoles.Governor, outsider.Address)));
    }

    [Fact]
    public async Task GetRoleAdmin_GovernorRole_IsTheDefaultAdminRole()
    {
        Assert.Equal(GovernanceRoles.DefaultAdmin, await chain.Governance.GetRoleAdminAsync(GovernanceRoles.Governor));
    }

    [Fact]
    public async Task GovernorRoleConstant_MatchesTheContract()
    {
        var web3 = chain.Web3;
        var handler = web3.Eth.GetContractQueryHandler<GovernorRoleFunction>();

        var role = await handler.QueryAsync<byte[]>(chain.Governance.Address, new GovernorRoleFunction());

        Assert.Equal(GovernanceRoles.Governor.ToHex(), role.ToHex());
    }

    [Theory]
    [InlineData("0x7965db0b", true)] // IAccessControl
    [InlineData("0x01ffc9a7", true)] // IERC165
    [InlineData("0xffffffff", false)]
    public async Task SupportsInterface_AnswersForAccessControlAndErc165(string interfaceId, bool expected)
    {
        Assert.Equal(expected, await chain.Governance.SupportsInterfaceAsync(interfaceId.HexToByteArray()));
    }

    [Fact]
    public async Task GrantRole_NewGovernor_CanAccreditUntilRevoked()
    {
        var governor = await chain.NewAccountAsync();
        var issuer = await chain.NewAccountAsync();

        var granted = await chain.Governance.GrantRoleAsync(chain.Governor, GovernanceRoles.Governor, governor.Address);
        await chain.Governance.AccreditAsync(governor, issuer.Address, ChainFixture.Profile("Delegated"), DateTimeOffset.UnixEpoch, null);
        var revoked = await chain.Governance.RevokeRoleAsync(chain.Governor, GovernanceRoles.Governor, governor.Address);

        Assert.True((await chain.Governance.GetIssuerAsync(issuer.Address)).IsKnown);
        Assert.False(await chain.Governance.HasRoleAsync(GovernanceRoles.Governor, governor.Address));
        var grantedEvent = Assert.Single(await chain.Governance.GetRoleGrantedEventsAsync(granted.Block()));
        var revokedEvent = Assert.Single(await chain.Governance.GetRoleRevokedEventsAsync(revoked.Block()));
        Assert.Equal(
            (governor.Address.ToLowerInvariant(), chain.Governor.Address.ToLowerInvariant(), governor.Address.ToLowerInvariant(), chain.Governor.Address.ToLowerInvariant()),
            (grantedEvent.Event.Account.ToLowerInvariant(), grantedEvent.Event.Sender.ToLowerInvariant(), revokedEvent.Event.Account.ToLowerInvariant(), revokedEvent.Event.Sender.ToLowerInvariant()));
        await Revert.AssertAsync(
            ChainErrorCode.UnauthorizedAccount,
            () => chain.Governance.SuspendAsync(governor, issuer.Address),
            ("account", governor.Address),
            ("neededRole", GovernanceRoles.Governor));
    }

    [Fact]
    public async Task GrantRole_ByNonAdmin_RevertsUnauthorizedAccount()
    {
        var outsider = await chain.NewAccountAsync();

        await Revert.AssertAsync(
            ChainErrorCode.UnauthorizedAccount,
            () => chain.Governance.GrantRoleAsync(outsider, GovernanceRoles.Governor, outsider.Address),
            ("account", outsider.Address),
            ("neededRole", GovernanceRoles.DefaultAdmin));
    }

    [Fact]
    public async Task RenounceRole_ByHolder_DropsTheRole()
    {
        var governor = await chain.NewAccountAsync();
        await chain.Governance.GrantRoleAsync(chain.Governor, GovernanceRoles.Governor, governor.Address);

        await chain.Governance.RenounceRoleAsync(governor, GovernanceRoles.Governor);

        Assert.False(await chain.Governance.HasRoleAsync(GovernanceRoles.Governor, governor.Address));
    }

    [Fact]
    public async Task RenounceRole_ForAnotherAccount_RevertsBadConfirmation()
    {
        var outsider = await chain.NewAccountAsync();
        var function = new RenounceRoleFunction { Role = GovernanceRoles.Governor, CallerConfirmation = chain.Governor.Address };

        await Revert.AssertAsync(
            ChainErrorCode.BadConfirmation,
            () => chain.Transactions.ExecuteAsync(outsider, chain.Governance.Address, function));
    }
}
