using CredChain.Ethereum.Calls;
using CredChain.Ethereum.Events;
using CredChain.Ethereum.Generated.IssuerRegistry;
using CredChain.Ethereum.Transactions;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;
using AccreditationRecordStruct = CredChain.Ethereum.Generated.IssuerRegistry.AccreditationRecord;
using IssuerProfile = CredChain.Core.Verification.IssuerProfile;

namespace CredChain.Ethereum.Governance;

/// <summary>Typed access to a deployed <c>IssuerRegistry</c>: governance writes (accredit, rotate, suspend, declare compromised), accreditation reads, events.</summary>
/// <remarks>Writes throw <see cref="Errors.ContractRevertException"/> with the contract's error code when they revert.</remarks>
public sealed class IssuerRegistryClient
{
    private readonly TransactionService _transactions;
    private readonly ContractReader _reader;

    public IssuerRegistryClient(IWeb3 web3, string address, TransactionService transactions)
    {
        ArgumentNullException.ThrowIfNull(web3);
        ArgumentException.ThrowIfNullOrEmpty(address);
        ArgumentNullException.ThrowIfNull(transactions);
        Address = address;
        _transactions = transactions;
        _reader = new ContractReader(web3, transactions, address);
    }

    /// <summary>The registry's address.</summary>
    public string Address { get; }

    /// <summary>
    /// Accredits <paramref name="issuer"/> (the first account of a new institution) or renews it: a new window for the
    /// account, a new profile for its institution.
    /// </summary>
    /// <param name="governor">A governor's account.</param>
    /// <param name="issuer">The issuer account.</param>
    /// <param name="profile">Display names and domain.</param>
    /// <param name="validFrom">Start of the accreditation window.</param>
    /// <param name="validUntil">End of the window, inclusive; null for open-ended.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public Task<TransactionReceipt> AccreditAsync(
        Account governor,
        string issuer,
        IssuerProfile profile,
        DateTimeOffset validFrom,
        DateTimeOffset? validUntil,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var function = new AccreditFunction
        {
            Issuer = issuer,
            NameZh = profile.NameZh,
            NameEn = profile.NameEn,
            Domain = profile.Domain,
            ValidFrom = UnixTime.ToSeconds(validFrom),
            ValidUntil = validUntil is { } until ? UnixTime.ToSeconds(until) : 0,
        };
        return _transactions.ExecuteAsync(governor, Address, function, cancellationToken);
    }

    /// <summary>
    /// Rotates the institution of <paramref name="predecessor"/> to <paramref name="successor"/>: the successor is accredited
    /// under the same institution with its own window, and the predecessor is suspended if it is still active.
    /// </summary>
    /// <param name="governor">A governor's account.</param>
    /// <param name="predecessor">An accredited account of the institution (it may be suspended or compromised).</param>
    /// <param name="successor">A never-accredited account.</param>
    /// <param name="validFrom">Start of the successor's accreditation window.</param>
    /// <param name="validUntil">End of the window, inclusive; null for open-ended.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public Task<TransactionReceipt> RotateKeyAsync(
        Account governor,
        string predecessor,
        string successor,
        DateTimeOffset validFrom,
        DateTimeOffset? validUntil,
        CancellationToken cancellationToken = default)
    {
        var function = new RotateKeyFunction
        {
            Predecessor = predecessor,
            Successor = successor,
            ValidFrom = UnixTime.ToSeconds(validFrom),
            ValidUntil = validUntil is { } until ? UnixTime.ToSeconds(until) : 0,
        };
        return _transactions.ExecuteAsync(governor, Address, function, cancellationToken);
    }

    /// <summary>
    /// Declares the key of <paramref name="issuer"/> compromised as of <paramref name="since"/> (not in the future): what it
    /// anchored from then on is void, what it revoked from then on has no effect, and it can neither anchor nor revoke again.
    /// </summary>
    public Task<TransactionReceipt> DeclareCompromisedAsync(Account governor, string issuer, DateTimeOffset since, CancellationToken cancellationToken = default) =>
        _transactions.ExecuteAsync(governor, Address, new DeclareCompromisedFunction { Issuer = issuer, Since = UnixTime.ToSeconds(since) }, cancellationToken);

    /// <summary>Suspends <paramref name="issuer"/>.</summary>
    public Task<TransactionReceipt> SuspendAsync(Account governor, string issuer, CancellationToken cancellationToken = default) =>
        _transactions.ExecuteAsync(governor, Address, new SuspendFunction { Issuer = issuer }, cancellationToken);

    /// <summary>Reinstates a suspended <paramref name="issuer"/>.</summary>
    public Task<TransactionReceipt> ReinstateAsync(Account governor, string issuer, CancellationToken cancellationToken = default) =>
        _transactions.ExecuteAsync(governor, Address, new ReinstateFunction { Issuer = issuer }, cancellationToken);

    /// <summary>Grants <paramref name="role"/> (see <see cref="GovernanceRoles"/>) to <paramref name="account"/>.</summary>
    public Task<TransactionReceipt> GrantRoleAsync(Account admin, byte[] role, string account, CancellationToken cancellationToken = default) =>
        _transactions.ExecuteAsync(admin, Address, new GrantRoleFunction { Role = role, Account = account }, cancellationToken);

    /// <summary>Revokes <paramref name="role"/> from <paramref name="account"/>.</summary>
    public Task<TransactionReceipt> RevokeRoleAsync(Account admin, byte[] role, string account, CancellationToken cancellationToken = default) =>
        _transactions.ExecuteAsync(admin, Address, new RevokeRoleFunction { Role = role, Account = account }, cancellationToken);

    /// <summary>Gives up <paramref name="role"/> held by <paramref name="holder"/>.</summary>
    public Task<TransactionReceipt> RenounceRoleAsync(Account holder, byte[] role, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(holder);
        return _transactions.ExecuteAsync(holder, Address, new RenounceRoleFunction { Role = role, CallerConfirmation = holder.Address }, cancellationToken);
    }

    /// <summary>Whether <paramref name="account"/> holds <paramref name="role"/>.</summary>
    public Task<bool> HasRoleAsync(byte[] role, string account, CancellationToken cancellationToken = default) =>
        _reader.QueryValueAsync<HasRoleFunction, bool>(new HasRoleFunction { Role = role, Account = account }, null, cancellationToken);

    /// <summary>The role that administers <paramref name="role"/>.</summary>
    public Task<byte[]> GetRoleAdminAsync(byte[] role, CancellationToken cancellationToken = default) =>
        _reader.QueryValueAsync<GetRoleAdminFunction, byte[]>(new GetRoleAdminFunction { Role = role }, null, cancellationToken);

    /// <summary>Whether the registry implements the ERC-165 interface <paramref name="interfaceId"/>.</summary>
    public Task<bool> SupportsInterfaceAsync(byte[] interfaceId, CancellationToken cancellationToken = default) =>
        _reader.QueryValueAsync<SupportsInterfaceFunction, bool>(new SupportsInterfaceFunction { InterfaceId = interfaceId }, null, cancellationToken);

    /// <summary>The profile and current record of <paramref name="issuer"/>.</summary>
    public async Task<IssuerInfo> GetIssuerAsync(string issuer, CancellationToken cancellationToken = default)
    {
        var output = await _reader.QueryAsync<IssuerOfFunction, IssuerOfOutputDTO>(new IssuerOfFunction { Issuer = issuer }, null, cancellationToken).ConfigureAwait(false);
        var profile = new IssuerProfile(output.Profile.NameZh, output.Profile.NameEn, output.Profile.Domain);
        var current = output.Current.Since == 0 ? null : ToRecord(output.Current);
        return new IssuerInfo(issuer, profile, current);
    }

    /// <summary>The institution of <paramref name="issuer"/> and its compromise declaration, if any.</summary>
    public async Task<IssuerKeyStatus> GetKeyStatusAsync(string issuer, CancellationToken cancellationToken = default)
    {
        var output = await _reader.QueryAsync<KeyStatusFunction, KeyStatusOutputDTO>(new KeyStatusFunction { Issuer = issuer }, null, cancellationToken).ConfigureAwait(false);
        return new IssuerKeyStatus(output.Institution, UnixTime.ToOptionalDateTime(output.CompromisedSince));
    }

    /// <summary>Every accreditation record of <paramref name="issuer"/>, oldest first.</summary>
    public async Task<IReadOnlyList<AccreditationRecord>> GetHistoryAsync(string issuer, CancellationToken cancellationToken = default)
    {
        var output = await _reader.QueryAsync<AccreditationHistoryFunction, AccreditationHistoryOutputDTO>(
            new AccreditationHistoryFunction { Issuer = issuer }, null, cancellationToken).ConfigureAwait(false);
        return output.ReturnValue1.Select(ToRecord).ToList();
    }

    /// <summary>Whether <paramref name="issuer"/> was accredited (active and inside its window) at <paramref name="instant"/>.</summary>
    public Task<bool> IsAccreditedAtAsync(string issuer, DateTimeOffset instant, CancellationToken cancellationToken = default) =>
        _reader.QueryValueAsync<IsAccreditedAtFunction, bool>(
            new IsAccreditedAtFunction { Issuer = issuer, Timestamp = UnixTime.ToSeconds(instant) }, null, cancellationToken);

    /// <summary><c>IssuerAccredited</c> events logged in <paramref name="range"/>.</summary>
    public Task<IReadOnlyList<ChainEvent<IssuerAccreditedEventDTO>>> GetAccreditedEventsAsync(BlockRange range, CancellationToken cancellationToken = default) =>
        _reader.GetEventsAsync<IssuerAccreditedEventDTO>(range, cancellationToken);

    /// <summary><c>IssuerSuspended</c> events logged in <paramref name="range"/>.</summary>
    public Task<IReadOnlyList<ChainEvent<IssuerSuspendedEventDTO>>> GetSuspendedEventsAsync(BlockRange range, CancellationToken cancellationToken = default) =>
        _reader.GetEventsAsync<IssuerSuspendedEventDTO>(range, cancellationToken);

    /// <summary><c>IssuerReinstated</c> events logged in <paramref name="range"/>.</summary>
    public Task<IReadOnlyList<ChainEvent<IssuerReinstatedEventDTO>>> GetReinstatedEventsAsync(BlockRange range, CancellationToken cancellationToken = default) =>
        _reader.GetEventsAsync<IssuerReinstatedEventDTO>(range, cancellationToken);

    /// <summary><c>IssuerKeyRotated</c> events logged in <paramref name="range"/>.</summary>
    public Task<IReadOnlyList<ChainEvent<IssuerKeyRotatedEventDTO>>> GetKeyRotatedEventsAsync(BlockRange range, CancellationToken cancellationToken = default) =>
        _reader.GetEventsAsync<IssuerKeyRotatedEventDTO>(range, cancellationToken);

    /// <summary><c>IssuerKeyCompromised</c> events logged in <paramref name="range"/>.</summary>
    public Task<IReadOnlyList<ChainEvent<IssuerKeyCompromisedEventDTO>>> GetKeyCompromisedEventsAsync(BlockRange range, CancellationToken cancellationToken = default) =>
        _reader.GetEventsAsync<IssuerKeyCompromisedEventDTO>(range, cancellationToken);

    /// <summary><c>RoleGranted</c> events logged in <paramref name="range"/>.</summary>
    public Task<IReadOnlyList<ChainEvent<RoleGrantedEventDTO>>> GetRoleGrantedEventsAsync(BlockRange range, CancellationToken cancellationToken = default) =>
        _reader.GetEventsAsync<RoleGrantedEventDTO>(range, cancellationToken);

    /// <summary><c>RoleRevoked</c> events logged in <paramref name="range"/>.</summary>
    public Task<IReadOnlyList<ChainEvent<RoleRevokedEventDTO>>> GetRoleRevokedEventsAsync(BlockRange range, CancellationToken cancellationToken = default) =>
        _reader.GetEventsAsync<RoleRevokedEventDTO>(range, cancellationToken);

    private static AccreditationRecord ToRecord(AccreditationRecordStruct dto) => new(
        UnixTime.ToDateTime(dto.Since),
        UnixTime.ToDateTime(dto.ValidFrom),
        UnixTime.ToOptionalDateTime(dto.ValidUntil),
        dto.Active);
}
