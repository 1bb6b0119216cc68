using CredChain.Core.Documents;
using CredChain.Ethereum.Keys;
using CredChain.Issuer.Chain;
using Microsoft.Extensions.Options;
using Nethereum.KeyStore;
using Nethereum.Web3.Accounts;

namespace CredChain.Issuer.Accounts;

/// <summary>The issuer accounts hosted by this service, keyed by lower-case address; keys are loaded once at start.</summary>
internal sealed partial class IssuerAccountRegistry
{
    private readonly Dictionary<string, IssuerAccount> _accounts = new(StringComparer.Ordinal);

    public IssuerAccountRegistry(
        IOptions<IssuerOptions> options, IOptions<ChainOptions> chain, IHostEnvironment environment, ILogger<IssuerAccountRegistry> logger)
    {
        foreach (var configured in options.Value.Accounts)
        {
            var key = LoadKey(configured);
            var signer = new Account(key, chain.Value.ChainId);
            if (configured.Address is { } expected && !string.Equals(expected, signer.Address, StringComparison.OrdinalIgnoreCase))
            {
                throw new OptionsValidationException(IssuerOptions.SectionName, typeof(IssuerOptions), [$"Account '{configured.Name}': the key belongs to {signer.Address}, not {expected}."]);
            }

            if (ExampleKeys.FindByPrivateKey(key) is { } known && !environment.IsDevelopment())
            {
                if (!chain.Value.AllowExampleKeys)
                {
                    throw new OptionsValidationException(IssuerOptions.SectionName, typeof(IssuerOptions), [
                        $"Account '{configured.Name}': its key is {known.Description}, which anyone can read, and the environment is " +
                        $"{environment.EnvironmentName}, not Development. Use a key of your own, or set {ChainOptions.SectionName}:{nameof(ChainOptions.AllowExampleKeys)}=true " +
                        "on a throwaway test network."]);
                }

                LogExampleKeyAllowed(logger, signer.Address.ToLowerInvariant(), known.Description, environment.EnvironmentName);
            }

            var account = new IssuerAccount(signer, IssuerRef.ForAccount(chain.Value.ChainId, signer.Address, configured.Name));
            _accounts[account.Address] = account;
            LogLoaded(logger, account.Address, configured.KeyStoreFile is null ? "environment" : "keystore");
        }
    }

    public IReadOnlyCollection<IssuerAccount> All => _accounts.Values;

    public IssuerAccount? Find(string address) => _accounts.GetValueOrDefault(address.ToLowerInvariant());

    private static string LoadKey(IssuerAccountOptions configured)
    {
        if (configured.PrivateKeyEnv is { Length: > 0 } variable)
        {
            return Environment.GetEnvironmentVariable(variable) is { Length: > 0 } key
                ? key
                : throw new OptionsValidationException(IssuerOptions.SectionName, typeof(IssuerOptions), [$"Account '{configured.Name}': environment variable {variable} is not set."]);
        }

        var password = Environment.GetEnvironmentVariable(configured.KeyStorePasswordEnv!)
            ?? throw new OptionsValidationException(IssuerOptions.SectionName, typeof(IssuerOptions), [$"Account '{configured.Name}': environment variable {configured.KeyStorePasswordEnv} is not set."]);
        var json = File.ReadAllText(configured.KeyStoreFile!);
        return Convert.ToHexStringLower(new KeyStoreService().DecryptKeyStoreFromJson(password, json));
    }

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Issuer account {Address} signs with {Example}, a key anyone can read, in {Environment} because Chain:AllowExampleKeys is set")]
    private static partial void LogExampleKeyAllowed(ILogger logger, string address, string example, string environment);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Issuer account {Address} loaded from {Source}")]
    private static partial void LogLoaded(ILogger logger, string address, string source);
}
