using CredChain.Cli.Infrastructure;
using CredChain.Cli.Tests.Support;

namespace CredChain.Cli.Tests.Commands.Network;

public sealed class NetworkInitCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Init_FourValidatorsOneRpcNode_WritesAConsistentNetwork()
    {
        var output = _temp.Combine("besu");

        const string Deployer = "0x5B38Da6a701c568545dCfcB03FcB875f56beddC4";
        string[] issuers = ["0xAb8483F64d9C6d1EcF9b849Ae677dD3315835cb2", "0x4B20993Bc481177ec7E8f571ceCaE8A9e22C02db"];

        var run = await CliRun.InvokeAsync(
            "network", "init", "--validators", "4", "--rpc-nodes", "1", "--chain-id", "20250", "--out", output,
            "--deployer", Deployer, "--issuer", issuers[0], "--issuer", issuers[1]);

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        var network = NetworkFolder.Read(output);
        Assert.Equal(["validator1", "validator2", "validator3", "validator4", "rpcnode1"], network.Nodes().Select(n => n.Name));
        NetworkFolderAssertions.AssertConsistent(network, 20250, Deployer, issuers);
        Assert.Contains("Wrote 25 files for chain id 20250", run.Output, StringComparison.Ordinal);
        foreach (var node in network.Nodes())
        {
            Assert.Contains(node.Name, run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Init_OnUnix_WritesKeysReadableByTheOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // POSIX modes only.
        }

        var output = _temp.Combine("besu");
        await Init(output, "--validators", "1", "--rpc-nodes", "0");

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(output, "nodes", "validator1", "key")));
    }

    [Fact]
    public async Task Init_ExistingKeys_RefusesWithoutForceAndLeavesThemUntouched()
    {
        var output = _temp.Combine("besu");
        await Init(output, "--validators", "2", "--rpc-nodes", "0");
        var keyFile = Path.Combine(output, "nodes", "validator1", "key");
        var keyBefore = await File.ReadAllTextAsync(keyFile);
        var genesisBefore = await File.ReadAllTextAsync(Path.Combine(output, "genesis.json"));

        var run = await Init(output, "--validators", "2", "--rpc-nodes", "0");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal(
            $"error: {output} already holds node keys (nodes/validator1/key, nodes/validator2/key). " +
            "A network's node keys are its identity, so they are not replaced by accident. " +
            "Pass --force to generate new ones (the old keys are deleted; back them up first if they matter).",
            run.Error.TrimEnd());
        Assert.Equal("", run.Output);
        Assert.Equal(keyBefore, await File.ReadAllTextAsync(keyFile));
        Assert.Equal(genesisBefore, await File.ReadAllTextAsync(Path.Combine(output, "genesis.json")));
    }

    [Fact]
    public async Task Init_ExistingKeysWithForce_ReplacesThemAndDropsNodesThatNoLongerExist()
    {
        var output = _temp.Combine("besu");
        await Init(output, "--validators", "5", "--rpc-nodes", "2", "--example");
        var oldAddresses = NetworkFolder.Read(output).Nodes().Select(n => n.Address).ToHashSet();

        var run = await Init(output, "--validators", "4", "--rpc-nodes", "1", "--force");

        Assert.Equal(0, run.ExitCode);
        var network = NetworkFolder.Read(output);
        Assert.Equal(["validator1", "validator2", "validator3", "validator4", "rpcnode1"], network.Nodes().Select(n => n.Name));
        Assert.DoesNotContain(network.Nodes(), n => oldAddresses.Contains(n.Address));
        NetworkFolderAssertions.AssertConsistent(network, 20250, DevAccounts.Account0, []);
        Assert.False(File.Exists(Path.Combine(output, "EXAMPLE-KEYS-DO-NOT-USE.txt")));
    }

    [Fact]
    public async Task Init_Example_SaysSoInTheReadmeAndBesideEveryKey()
    {
        var output = _temp.Combine("besu");

        var run = await Init(output, "--validators", "4", "--rpc-nodes", "1", "--example", "--issuer", DevAccounts.Account1);

        Assert.Equal(0, run.ExitCode);
        var readme = await File.ReadAllTextAsync(Path.Combine(output, "README.md"));
        Assert.Contains("**EXAMPLE KEYS ONLY. DO NOT USE THEM FOR ANY REAL NETWORK.**", readme, StringComparison.Ordinal);
        Assert.Contains($"`{DevAccounts.Account0}` | deployer (governor), funded in the genesis **(anvil's well-known dev account #0: its private key is public)**", readme, StringComparison.Ordinal);
        Assert.Contains($"`{DevAccounts.Account1}` | issuer **(anvil's well-known dev account #1: its private key is public)**", readme, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "EXAMPLE-KEYS-DO-NOT-USE.txt")));
        Assert.All(NetworkFolder.Read(output).Nodes(), n => Assert.True(File.Exists(Path.Combine(n.Folder, "EXAMPLE-KEYS-DO-NOT-USE.txt"))));
        Assert.True((await File.ReadAllTextAsync(Path.Combine(output, "network.json"))).Contains("\"example\": true", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Init_DevAccountsOutsideAnExample_WarnsThatTheirKeysArePublic()
    {
        var run = await Init(_temp.Combine("besu"), "--issuer", DevAccounts.Account1);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [
                $"warning: {DevAccounts.Account0} is one of anvil's well-known dev accounts: its private key is public.",
                $"warning: {DevAccounts.Account1} is one of anvil's well-known dev accounts: its private key is public.",
            ],
            run.Error.TrimEnd().Split(Environment.NewLine));
    }

    [Fact]
    public async Task Init_FewerThanFourValidatorsAndNoRpcNode_WarnsAboutBoth()
    {
        var run = await Init(_temp.Combine("besu"), "--validators", "1", "--rpc-nodes", "0", "--example");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [
                "warning: 1 validator(s) tolerate no faulty validator; QBFT needs 4 or more for that.",
                "warning: no RPC node: the services need one (docker-compose.yml connects to rpcnode1).",
            ],
            run.Error.TrimEnd().Split(Environment.NewLine));
    }

    [Theory]
    [InlineData(new[] { "--validators", "0" }, "--validators must be a whole number from 1 to 64, not '0'.")]
    [InlineData(new[] { "--validators", "65" }, "--validators must be a whole number from 1 to 64, not '65'.")]
    [InlineData(new[] { "--rpc-nodes", "-1" }, "--rpc-nodes must be a whole number from 0 to 16, not '-1'.")]
    [InlineData(new[] { "--chain-id", "0" }, "--chain-id must be a whole number from 1 to 9223372036854775771, not '0'.")]
    [InlineData(new[] { "--chain-id", "-5" }, "--chain-id must be a whole number from 1 to 9223372036854775771, not '-5'.")]
    [InlineData(new[] { "--chain-id", "9223372036854775772" }, "--chain-id must be a whole number from 1 to 9223372036854775771, not '9223372036854775772'.")]
    [InlineData(new[] { "--chain-id", "twelve" }, "--chain-id must be a whole number from 1 to 9223372036854775771, not 'twelve'.")]
    [InlineData(new[] { "--deployer", "0xF39fd6e51aad88F6F4ce6aB8827279cffFb92266" }, "--deployer: '0xF39fd6e51aad88F6F4ce6aB8827279cffFb92266' has an invalid EIP-55 checksum")]
    [InlineData(new[] { "--deployer", "0x0000000000000000000000000000000000000000" }, "--deployer: the zero address cannot sign transactions.")]
    [InlineData(new[] { "--issuer", "0x1234" }, "--issuer: '0x1234' is not an address: expected 0x followed by 40 hex digits.")]
    public async Task Init_BadInput_ExitsWithUsageErrorAndNamesTheProblem(string[] bad, string message)
    {
        var output = _temp.Combine("besu");
        var args = WithDefaults(output, bad);

        var run = await CliRun.InvokeAsync(args);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task Init_WithoutChainIdOrDeployer_ExitsWithUsageErrorNamingBoth()
    {
        var run = await CliRun.InvokeAsync("network", "init", "--out", _temp.Combine("besu"));

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("Option '--chain-id' is required.", run.Error, StringComparison.Ordinal);
        Assert.Contains("Option '--deployer' is required.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ListsEveryOptionWithAnExample()
    {
        var run = await CliRun.InvokeAsync("network", "init", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "--validators", "--rpc-nodes", "--chain-id", "--out", "--deployer", "--issuer", "--example", "--force" })
        {
            Assert.Contains(option, run.Output, StringComparison.Ordinal);
        }

        Assert.Contains("credchain network init --chain-id 20250 --deployer", run.Output, StringComparison.Ordinal);
    }

    private static Task<CliRun> Init(string output, params string[] extra) => CliRun.InvokeAsync(WithDefaults(output, extra));

    // Later occurrences of an option win in System.CommandLine only for arrays, so defaults are added only when absent.
    private static string[] WithDefaults(string output, string[] extra)
    {
        var args = new List<string> { "network", "init", "--out", output };
        if (!extra.Contains("--chain-id"))
        {
            args.AddRange(["--chain-id", "20250"]);
        }

        if (!extra.Contains("--deployer"))
        {
            args.AddRange(["--deployer", DevAccounts.Account0]);
        }

        args.AddRange(extra);
        return [.. args];
    }
}
