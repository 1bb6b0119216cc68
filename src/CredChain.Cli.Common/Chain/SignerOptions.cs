using System.CommandLine;
using CredChain.Cli.Infrastructure;
using Nethereum.KeyStore;
using Nethereum.Web3.Accounts;

namespace CredChain.Cli.Chain;

/// <summary>
/// How a command gets the private key it signs with: <c>--key</c> (hex, dev only: it lands in shell history),
/// <c>--key-env VAR</c>, or <c>--keystore FILE --password-env VAR</c> (Web3 Secret Storage).
/// </summary>
internal sealed class SignerOptions
{
    private readonly Option<string> _key = new("--key")
    {
        Description = "Private key as hex. Dev chains only: it stays in your shell history. Prefer --key-env or --keystore.",
    };

    private readonly Option<string> _keyEnv = new("--key-env")
    {
        Description = "Name of an environment variable holding the hex private key.",
    };

    private readonly Option<FileInfo> _keystore = new("--keystore")
    {
        Description = "Encrypted keystore file (Web3 Secret Storage v3 JSON); needs --password-env.",
    };

    private readonly Option<string> _passwordEnv = new("--password-env")
    {
        Description = "Name of an environment variable holding the keystore password.",
    };

    private readonly Option<bool> _allowExampleKeys = new("--allow-example-keys")
    {
        Description = "Sign with a publicly known example key (anvil's dev accounts, the example Besu network's keys) on a node " +
            "that is not a local dev node. Only for a throwaway test network: anyone holds these keys.",
    };

    public SignerOptions(string role) => Role = role;

    public string Role { get; }

    public void AddTo(Command command)
    {
        command.Options.Add(_key);
        command.Options.Add(_keyEnv);
        command.Options.Add(_keystore);
        command.Options.Add(_passwordEnv);
        command.Options.Add(_allowExampleKeys);
    }

    /// <summary>The signing account for the chain <paramref name="connection"/> reaches.</summary>
    /// <exception cref="CliException">
    /// No key, several keys, an unset variable, a keystore that does not open, or a publicly known example key on a node
    /// that is not a dev node without <c>--allow-example-keys</c>.
    /// </exception>
    public Account Resolve(ParseResult parseResult, ChainConnection connection)
    {
        var account = Load(parseResult, connection.ChainId);
        if (ExampleKeyRefusal.Reason(Role, account, connection, parseResult.GetValue(_allowExampleKeys)) is { } reason)
        {
            throw new CliException(reason);
        }

        return account;
    }

    /// <summary>The signing account for <paramref name="chainId"/>, before any check of which key it is.</summary>
    /// <exception cref="CliException">No key, several keys, an unset variable, or a keystore that does not open.</exception>
    internal Account Load(ParseResult parseResult, long chainId)
    {
        var key = parseResult.GetValue(_key);
        var keyEnv = parseResult.GetValue(_keyEnv);
        var keystore = parseResult.GetValue(_keystore);
        var given = new[] { key is not null, keyEnv is not null, keystore is not null }.Count(x => x);
        if (given != 1)
        {
            throw new CliException($"give the {Role} key with exactly one of --key, --key-env or --keystore (with --password-env).");
        }

        if (keystore is not null)
        {
            return new Account(Decrypt(keystore, parseResult.GetValue(_passwordEnv)), chainId);
        }

        var hex = key ?? Environment.GetEnvironmentVariable(keyEnv!);
        if (string.IsNullOrWhiteSpace(hex))
        {
            throw new CliException($"environment variable {keyEnv} is not set (it should hold the {Role} private key).");
        }

        try
        {
            return new Account(hex.Trim(), chainId);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or IndexOutOfRangeException)
        {
            throw new CliException($"the {Role} key is not a 32-byte hex private key.", ex);
        }
    }

    private byte[] Decrypt(FileInfo keystore, string? passwordEnv)
    {
        if (passwordEnv is null)
        {
            throw new CliException("--keystore needs --password-env naming the variable that holds its password.");
        }

        var password = Environment.GetEnvironmentVariable(passwordEnv)
            ?? throw new CliException($"environment variable {passwordEnv} is not set (it should hold the keystore password).");
        if (!keystore.Exists)
        {
            throw new CliException($"keystore {keystore.FullName} does not exist.");
        }

        try
        {
            return new KeyStoreService().DecryptKeyStoreFromJson(password, File.ReadAllText(keystore.FullName));
        }
#pragma warning disable CA1031 // Nethereum throws several unrelated types for a wrong password or a broken file.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            throw new CliException($"cannot open the {Role} keystore {keystore.Name}: wrong password or not a keystore ({ex.Message}).", ex);
        }
    }
}
