using System.Diagnostics;
using CredChain.Ethereum.Deployment;
using CredChain.Ethereum.Dev;
using CredChain.Ethereum.Governance;
using CredChain.Ethereum.Registry;
using CredChain.Ethereum.Tests.Support;
using CredChain.Ethereum.Transactions;
using CredChain.Testing.Chain;

namespace CredChain.Ethereum.Tests.Dev;

/// <summary>Each test starts (and stops) its own node.</summary>
public sealed class DevNodeTests
{
    [Fact]
    public async Task StateFile_AnchoredRootSurvivesAStopAndAStart()
    {
        using var directory = new TemporaryDirectory();
        var options = new DevNodeOptions { StateFile = Path.Combine(directory.Path, "chain.json") };
        var root = Bytes32.Random();
        RegistryDeployment deployment;
        RootVerification before;
        string issuerAddress;
        await using (var node = await DevNode.StartAsync(options))
        {
            var web3 = node.CreateWeb3();
            var transactions = new TransactionService(web3, node.TransactionOptions);
            var governor = node.Accounts[0];
            var issuer = node.Accounts[1];
            issuerAddress = issuer.Address;
            deployment = await RegistryDeployer.DeployAsync(transactions, governor, governor.Address);
            await new IssuerRegistryClient(web3, deployment.IssuerRegistryAddress, transactions)
                .AccreditAsync(governor, issuer.Address, ChainFixture.Profile("Persisted"), DateTimeOffset.UnixEpoch, null);
            var registry = new CredentialRegistryClient(web3, deployment.CredentialRegistryAddress, transactions);
            await registry.AnchorAsync(issuer, root);
            before = await registry.VerifyAsync(issuer.Address, root, root, []);
        }

        await using (var restarted = await DevNode.StartAsync(options))
        {
            var web3 = restarted.CreateWeb3();
            var registry = new CredentialRegistryClient(web3, deployment.CredentialRegistryAddress, new TransactionService(web3, restarted.TransactionOptions));

            var after = await registry.VerifyAsync(issuerAddress, root, root, []);

            Assert.Equal(before, after);
            Assert.True(after.Anchored);
        }
    }

    [Fact]
    public async Task Start_CustomChainId_NodeAnswersWithIt()
    {
        await using var node = await DevNode.StartAsync(new DevNodeOptions { ChainId = 31337 });

        var chainId = await node.CreateWeb3().Eth.ChainId.SendRequestAsync();

        Assert.Equal((31337L, 31337L, "127.0.0.1"), ((long)chainId.Value, node.ChainId, node.RpcUrl.Host));
    }

    [Fact]
    public async Task Accounts_AreAnvilsFundedDefaultAccounts()
    {
        await using var node = await DevNode.StartAsync();

        var balance = await node.CreateWeb3().Eth.GetBalance.SendRequestAsync(node.Accounts[9].Address);

        Assert.Equal(
            (10, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720"),
            (node.Accounts.Count, node.Accounts[0].Address, node.Accounts[9].Address));
        Assert.True(balance.Value > 0);
    }

    [Fact]
    public async Task Dispose_StopsTheProcess()
    {
        var node = await DevNode.StartAsync();
        using var process = Process.GetProcessById(node.ProcessId);

        await node.DisposeAsync();

        Assert.True(process.HasExited);
    }

    [Fact]
    public async Task Stop_AfterHistoricalStatesWereEvictedToDisk_RemovesThemWithTheNode()
    {
        var node = await DevNode.StartAsync();
        var cache = node.StateCachePath;

        // More blocks than anvil keeps in memory, so older states are written to the cache directory.
        await node.CreateWeb3().MineAsync(1000);
        var written = Directory.EnumerateFiles(cache, "*", SearchOption.AllDirectories).Count();
        await node.DisposeAsync();

        Assert.True(written > 0, $"anvil wrote nothing under {cache}; is --cache-path still honoured?");
        Assert.False(Directory.Exists(cache));
    }

    [Fact]
    public void Sweep_OwnerAndAnvilGone_RemovesTheDirectory_OwnerOrAnvilRunning_KeepsIt()
    {
        using var root = new TemporaryDirectory();
        using var exited = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        exited.WaitForExit();
        var abandoned = Directory.CreateDirectory(Path.Combine(root.Path, $"{exited.Id}-{Guid.NewGuid():N}")).FullName;
        File.WriteAllText(Path.Combine(abandoned, "state.json"), "{}");
        File.WriteAllText(Path.Combine(abandoned, "anvil.pid"), exited.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var anvilStillRunning = Directory.CreateDirectory(Path.Combine(root.Path, $"{exited.Id}-{Guid.NewGuid():N}")).FullName;
        File.WriteAllText(Path.Combine(anvilStillRunning, "anvil.pid"), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var unrelated = Directory.CreateDirectory(Path.Combine(root.Path, "not-ours")).FullName;

        using var fresh = StateCacheDirectory.Create(root.Path);

        Assert.Equal(
            (false, true, true, true),
            (Directory.Exists(abandoned), Directory.Exists(anvilStillRunning), Directory.Exists(unrelated), Directory.Exists(fresh.Path)));
    }

    [Fact]
    public async Task Start_AnvilPathDoesNotExist_ErrorSaysHowToInstallAnvil()
    {
        var options = new DevNodeOptions { AnvilPath = Path.Combine(Path.GetTempPath(), "no-such-dir", "anvil") };

        var exception = await Assert.ThrowsAsync<DevNodeException>(() => DevNode.StartAsync(options));

        Assert.Contains("`npm ci --prefix contracts`", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ChainIdZero_FailsValidationBeforeLaunchingAnything()
    {
        await Assert.ThrowsAsync<System.ComponentModel.DataAnnotations.ValidationException>(
            () => DevNode.StartAsync(new DevNodeOptions { ChainId = 0 }));
    }

    [Fact]
    public void Locate_NoRepositoryInstallAbove_ErrorSaysHowToInstallAnvil()
    {
        using var directory = new TemporaryDirectory();

        var exception = Assert.Throws<DevNodeException>(() => AnvilLocator.Locate(null, null, directory.Path));

        Assert.Contains("`npm ci --prefix contracts`", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Locate_EnvironmentVariableSet_UsesIt()
    {
        using var directory = new TemporaryDirectory();
        var anvil = Path.Combine(directory.Path, "anvil");
        File.WriteAllBytes(anvil, []);

        Assert.Equal(anvil, AnvilLocator.Locate(null, anvil, "/"));
    }

    [Fact]
    public void Locate_FromTheTestBinaries_FindsTheRepositoryInstall()
    {
        var anvil = AnvilLocator.Locate(null, null, AppContext.BaseDirectory);

        Assert.StartsWith(Path.Combine(RepositoryRoot.Path, "contracts", "node_modules", "@foundry-rs"), anvil, StringComparison.Ordinal);
    }
}
