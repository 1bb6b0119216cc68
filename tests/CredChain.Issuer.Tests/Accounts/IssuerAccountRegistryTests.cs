using CredChain.Issuer.Accounts;
using CredChain.Issuer.Chain;
using CredChain.Issuer.Tests.Infrastructure;
using Microsoft.Extensions.Hosting.Internal;
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

    private IssuerAccountRegistry Create(IssuerAccountOptions account, string environment = "Development", bool allowExampleKeys = false)
    {
        var options = new IssuerOptions();
        options.Accounts.Add(account);
        return new IssuerAccountRegistry(
            Options.Create(options),
            Options.Create(new ChainOptions { ChainId = 1337, AllowExampleKeys = allowExampleKeys }),
            new HostingEnvironment { EnvironmentName = environment },
            _logger);
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

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData("Testing")]
    public void AnvilDevKey_OutsideDevelopment_FailsTheStartNamingTheOption(string environment)
    {
        Environment.SetEnvironmentVariable(_variable, TestAccounts.KeyB);

        var error = Assert.Throws<OptionsValidationException>(() => Create(new IssuerAccountOptions { Name = "B", PrivateKeyEnv = _variable }, environment));

        Assert.Equal(
            $"Account 'B': its key is anvil's well-known dev account #1, which anyone can read, and the environment is {environment}, not Development. " +
            "Use a key of your own, or set Chain:AllowExampleKeys=true on a throwaway test network.",
            error.Message);
        Assert.Empty(_logger.Messages);
    }

    [Fact]
    public void ExampleBesuNodeKeyInAKeystore_InProduction_FailsTheStart()
    {
        const string validator1 = "80371885b3c9ebc37be9db5b2a3e00a5ef0741f702d63ee92ea50973a56676f9";
        var json = new KeyStoreScryptService().EncryptAndGenerateKeyStoreAsJson(
            "pa55word", Convert.FromHexString(validator1), "0x2eCc4775602D367d91aE3916974AA0b8410DE513", new ScryptParams { Dklen = 32, N = 1024, R = 8, P = 1 });
        File.WriteAllText(_file, json);
        Environment.SetEnvironmentVariable(_variable, "pa55word");

        var error = Assert.Throws<OptionsValidationException>(() =>
            Create(new IssuerAccountOptions { Name = "V", KeyStoreFile = _file, KeyStorePasswordEnv = _variable }, "Production"));

        Assert.StartsWith("Account 'V': its key is the example Besu network's validator1 node key (deploy/besu), which anyone can read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnvilDevKey_InProductionWithAllowExampleKeys_LoadsAndWarns()
    {
        Environment.SetEnvironmentVariable(_variable, TestAccounts.KeyB);

        var registry = Create(new IssuerAccountOptions { Name = "B", PrivateKeyEnv = _variable }, "Production", allowExampleKeys: true);

        Assert.Equal([TestAccounts.AddressB], registry.All.Select(a => a.Address));
        Assert.Equal(
            [
                $"Issuer account {TestAccounts.AddressB} signs with anvil's well-known dev account #1, a key anyone can read, in Production because Chain:AllowExampleKeys is set",
                $"Issuer account {TestAccounts.AddressB} loaded from environment",
            ],
            _logger.Messages);
    }

    [Fact]
    public void AKeyOfItsOwn_InProduction_LoadsWithoutWarning()
    {
        var key = Nethereum.Signer.EthECKey.GenerateKey();
        Environment.SetEnvironmentVariable(_variable, key.GetPrivateKey());

        var registry = Create(new IssuerAccountOptions { Name = "Own", PrivateKeyEnv = _variable }, "Production");

        Assert.Equal([key.GetPublicAddress().ToLowerInvariant()], registry.All.Select(a => a.Address));
        Assert.Equal([$"Issuer account {key.GetPublicAddress().ToLowerInvariant()} loaded from environment"], _logger.Messages);
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
