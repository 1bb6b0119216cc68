using CredChain.Issuer.Accounts;
using CredChain.Issuer.Anchoring;
using CredChain.Issuer.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Nethereum.KeyStore;
using Nethereum.KeyStore.Model;

namespace CredChain.Issuer.Tests.Accounts;

public sealed class IssuerAccountRegistryTests : IDisposable
{
    private readonly string _variable = "CREDCHAIN_TEST_SECRET_" + Guid.NewGuid().ToString("N");
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"credchain-keystore-{Guid.NewGuid():N}.json");
    private readonly CollectingLogger _logger = new();

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(_variable, null);
        File.Delete(_file);
    }

    private IssuerAccountRegistry Create(IssuerAccountOptions account)
    {
        var options = new IssuerOptions();
        options.Accounts.Add(account);
        return new IssuerAccountRegistry(Options.Create(options), Options.Create(new ChainOptions { ChainId = 1337 }), _logger);
    }

    [Fact]
    public void KeyStoreAccount_IsLoadedWithItsDidAndTheKeyNeverLogged()
    {
        var key = Convert.FromHexString(TestAccounts.KeyB[2..]);
        var json = new KeyStoreScryptService().EncryptAndGenerateKeyStoreAsJson("pa55word", key, TestAccounts.AddressB, new ScryptParams { Dklen = 32, N = 1024, R = 8, P = 1 });
        File.WriteAllText(_file, json);
        Environment.SetEnvironmentVariable(_variable, "pa55word");

        var registry = Create(new IssuerAccountOptions { Name = "Centre B", KeyStoreFile = _file, KeyStorePasswordEnv = _variable, Address = TestAccounts.AddressB });

        var account = registry.Find(TestAccounts.AddressB.ToUpperInvariant().Replace("0X", "0x", StringComparison.Ordinal));
        Assert.NotNull(account);
        Assert.Equal($"did:pkh:eip155:1337:{TestAccounts.AddressB}", account.Issuer.Id, ignoreCase: true);
        Assert.Equal("Centre B", account.Issuer.Name);
        Assert.Equal(TestAccounts.AddressB, account.ToString());
        Assert.Equal([$"Issuer account {TestAccounts.AddressB} loaded from keystore"], _logger.Messages);
        Assert.DoesNotContain(_logger.Messages, m => m.Contains(TestAccounts.KeyB[2..], StringComparison.OrdinalIgnoreCase) || m.Contains("pa55word", StringComparison.Ordinal));
    }

    [Fact]
    public void EnvironmentKey_ForAnotherAddress_FailsTheStart()
    {
        Environment.SetEnvironmentVariable(_variable, TestAccounts.KeyA);
        var error = Assert.Throws<OptionsValidationException>(() =>
            Create(new IssuerAccountOptions { Name = "A", PrivateKeyEnv = _variable, Address = TestAccounts.AddressB }));
        Assert.Contains("not " + TestAccounts.AddressB, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestAccounts.KeyA[2..], error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void MissingEnvironmentVariable_FailsTheStartNamingTheVariable()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Create(new IssuerAccountOptions { Name = "A", PrivateKeyEnv = _variable }));
        Assert.Contains(_variable, error.Message, StringComparison.Ordinal);
    }

    private sealed class CollectingLogger : ILogger<IssuerAccountRegistry>
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Add(formatter(state, exception));
    }
}
