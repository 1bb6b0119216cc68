using CredChain.Cli.Besu;
using CredChain.Cli.Tests.Support;

namespace CredChain.Cli.Tests.Deploy;

/// <summary>docker-compose.yml, read without a Docker engine: the files it mounts and the secrets and keys it hands out.</summary>
public sealed class ComposeFilesTests
{
    private static readonly ComposeFile Compose = ComposeFile.Load(RepositoryRoot.Combine("docker-compose.yml"));

    private static readonly string[] BesuServices = ["validator1", "validator2", "validator3", "validator4", "rpcnode1"];

    [Fact]
    public void Compose_EveryBindMountAndBuildFile_ExistsInTheRepository()
    {
        var named = Compose.TopLevelNames("volumes");
        foreach (var service in Compose.Services.Values)
        {
            foreach (var volume in service.Volumes)
            {
                var source = volume.Split(':')[0];
                if (source.StartsWith('.') || source.StartsWith('/'))
                {
                    Assert.True(
                        Path.Exists(RepositoryRoot.Combine(source)),
                        $"{service.Name} mounts {source}, which is not in the repository.");
                }
                else
                {
                    Assert.Contains(source, named);
                }
            }

            if (service.Has("build"))
            {
                var build = (YamlDotNet.RepresentationModel.YamlMappingNode)service.Node["build"];
                Assert.Equal(".", build["context"].ToString());
                Assert.True(File.Exists(RepositoryRoot.Combine(build["dockerfile"].ToString())), $"{service.Name}: no {build["dockerfile"]}.");
            }
        }
    }

    [Fact]
    public void Compose_Secrets_AreDeclaredOperatorFilesThatGitIgnores()
    {
        var declared = Compose.TopLevelNames("secrets");
        Assert.All(Compose.Services.Values.SelectMany(s => s.Secrets), secret => Assert.Contains(secret, declared));

        var secrets = ComposeFile.Mapping(Compose.Root, "secrets");
        Assert.All(secrets.Children.Values, s =>
            Assert.StartsWith("./secrets/", ((YamlDotNet.RepresentationModel.YamlMappingNode)s)["file"].ToString(), StringComparison.Ordinal));
        Assert.Contains("/secrets/", File.ReadAllLines(RepositoryRoot.Combine(".gitignore")));
        Assert.Contains(".env", File.ReadAllLines(RepositoryRoot.Combine(".gitignore")));
    }

    [Fact]
    public void Compose_BesuNodes_MountTheFilesTheirGeneratedConfigNames()
    {
        var network = NetworkFolder.Read(RepositoryRoot.Combine("deploy", "besu"));
        Assert.Equal(network.Nodes().Select(n => n.Name), BesuServices);

        foreach (var name in BesuServices)
        {
            var service = Compose.Services[name];
            // The shared files one by one and the node's own folder: no container can read another node's key.
            Assert.Equal(
                [
                    $"./deploy/besu/{NetworkLayout.GenesisFile}:{ContainerPaths.GenesisFile}:ro",
                    $"./deploy/besu/{NetworkLayout.StaticNodesFile}:{ContainerPaths.StaticNodesFile}:ro",
                    $"./deploy/besu/{NetworkLayout.PermissionsFile}:{ContainerPaths.PermissionsFile}:ro",
                    $"./deploy/besu/nodes/{name}:{ContainerPaths.NodeDirectory}:ro",
                    $"{name}-data:{ContainerPaths.DataDirectory}",
                ],
                service.Volumes);
            Assert.Equal([$"--config-file={ContainerPaths.NodeConfigFile}"], service.Sequence("command"));
            Assert.Equal(Compose.Services["besu-volumes"].Image, service.Image);

            // A validator keeps its JSON-RPC on its loopback: the image's BESU_RPC_HTTP_HOST=0.0.0.0 is overridden.
            var env = service.Environment;
            if (name.StartsWith("validator", StringComparison.Ordinal))
            {
                Assert.Equal(new Dictionary<string, string> { ["BESU_RPC_HTTP_HOST"] = "127.0.0.1" }, env);
            }
            else
            {
                Assert.Empty(env);
            }
        }

        Assert.Equal(
            [$"./deploy/besu/{NetworkLayout.ManifestFile}:/config/network/{NetworkLayout.ManifestFile}:ro", .. BesuServices.Select(n => $"{n}-data:/data/{n}")],
            Compose.Services["besu-volumes"].Volumes);
    }

    [Theory]
    [InlineData("false", 1)]
    [InlineData("", 1)]
    [InlineData("true", 0)]
    public async Task Compose_BesuVolumesStep_OnTheCommittedExampleNetwork_RefusesUnlessAllowed(string allow, int exitCode)
    {
        using var data = new TempDirectory();
        // The step's script with its mounts mapped to the repository's files (and an empty folder for the volumes).
        var script = Compose.Services["besu-volumes"].Sequence("entrypoint")[^1]
            .Replace("/config/network/network.json", RepositoryRoot.Combine("deploy", "besu", "network.json"), StringComparison.Ordinal)
            .Replace(" /data", " " + data.Path, StringComparison.Ordinal)
            .Replace("$$", "$", StringComparison.Ordinal);
        if (allow == "true" && Environment.UserName != "root")
        {
            script = script.Replace("chown -R 1000:1000", "echo chown", StringComparison.Ordinal); // only root may give files away
        }

        var info = new System.Diagnostics.ProcessStartInfo("bash", ["-c", script]) { RedirectStandardError = true, UseShellExecute = false };
        info.Environment["CREDCHAIN_ALLOW_EXAMPLE_KEYS"] = allow;
        using var process = System.Diagnostics.Process.Start(info)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal("${CREDCHAIN_ALLOW_EXAMPLE_KEYS:-false}", Compose.Services["besu-volumes"].Environment["CREDCHAIN_ALLOW_EXAMPLE_KEYS"]);
        Assert.Equal(
            (exitCode, exitCode == 0 ? "" : "deploy/besu is the committed EXAMPLE network: its node keys are public. Generate your own with credchain network init (docs/consortium.md), or set CREDCHAIN_ALLOW_EXAMPLE_KEYS=true in .env for a throwaway trial.\n"),
            (process.ExitCode, error));
    }

    [Fact]
    public void Compose_KeyHoldingSteps_AllowExampleKeysOnlyWhenTheOperatorSaysSo()
    {
        var deployScript = string.Join('\n', Compose.Services["deploy"].Sequence("entrypoint"));

        Assert.Contains("if [ \"${CREDCHAIN_ALLOW_EXAMPLE_KEYS:-false}\" = true ]; then example_keys=--allow-example-keys; fi", deployScript, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(deployScript, @"--password-env DEPLOYER_KEYSTORE_PASSWORD \$\$example_keys"));
        Assert.Equal("${CREDCHAIN_ALLOW_EXAMPLE_KEYS:-false}", Compose.Services["issuer"].Environment["Chain__AllowExampleKeys"]);
    }
}
