using CredChain.Cli.Besu;
using CredChain.Cli.Tests.Support;

namespace CredChain.Cli.Tests.Deploy;

/// <summary>docker-compose.yml, read and checked without a Docker engine.</summary>
public sealed class DockerComposeTests
{
    private static readonly ComposeFile Compose = ComposeFile.Load(RepositoryRoot.Combine("docker-compose.yml"));

    private static readonly string[] BesuServices = ["validator1", "validator2", "validator3", "validator4", "rpcnode1"];

    [Fact]
    public void Compose_HasTheProductionServices()
    {
        Assert.Equal(
            ["besu-volumes", .. BesuServices, "postgres", "deploy", "issuer", "portal", "relay"],
            Compose.Services.Keys);
    }

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

    [Fact]
    public void Compose_DeployStep_IsGivenEveryPasswordVariableItsScriptNames()
    {
        var deploy = Compose.Services["deploy"];
        var script = string.Join('\n', deploy.Sequence("entrypoint"));
        var named = System.Text.RegularExpressions.Regex.Matches(script, @"--password-env (?<name>[A-Z0-9_]+)")
            .Select(m => m.Groups["name"].Value)
            .ToHashSet();

        Assert.Equal(["DEPLOYER_KEYSTORE_PASSWORD"], named);
        Assert.Equal(named, deploy.Environment.Keys.ToHashSet());
        Assert.Equal(["deployer_keystore"], deploy.Secrets);
        Assert.Contains("--keystore /run/secrets/deployer_keystore", script, StringComparison.Ordinal);
    }

    [Fact]
    public void EnvExample_LeavesEverySecretEmpty()
    {
        var secrets = File.ReadAllLines(RepositoryRoot.Combine(".env.example"))
            .Where(l => l.Contains("PASSWORD=", StringComparison.Ordinal) || l.Contains("SECRET", StringComparison.Ordinal) || l.StartsWith("PORTAL_HEALTH_DETAILS_KEY=", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(["DEPLOYER_KEYSTORE_PASSWORD=", "ISSUER_KEYSTORE_PASSWORD=", "PORTAL_HEALTH_DETAILS_KEY=", "POSTGRES_PASSWORD=", "ISSUER_DB_PASSWORD=", "PORTAL_DB_PASSWORD="], secrets);
    }

    [Fact]
    public void Compose_Networks_KeepTheChainAndTheDatabaseOffThePublicNetwork()
    {
        var joined = Compose.Services.Values.ToDictionary(s => s.Name, s => s.Networks.Count > 0 ? string.Join(",", s.Networks) : $"network_mode:{s.Scalar("network_mode")}");
        var networks = ComposeFile.Mapping(Compose.Root, "networks").Children.ToDictionary(
            kv => kv.Key.ToString(), kv => ((YamlDotNet.RepresentationModel.YamlMappingNode)kv.Value).Children.TryGetValue("internal", out var i) && i.ToString() == "true");

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["besu-volumes"] = "network_mode:none",
                ["validator1"] = "chain",
                ["validator2"] = "chain",
                ["validator3"] = "chain",
                ["validator4"] = "chain",
                ["rpcnode1"] = "chain",
                ["postgres"] = "db",
                ["deploy"] = "chain",
                ["issuer"] = "chain,db,public",
                ["portal"] = "chain,db,public",
                ["relay"] = "chain,public", // reads this network, posts to the national hub outside it
            },
            joined);
        Assert.Equal(new Dictionary<string, bool> { ["chain"] = true, ["db"] = true, ["public"] = false }, networks);
    }

    [Fact]
    public void Compose_Services_ConnectToPostgresAsTheirOwnRoleToTheirOwnDatabase()
    {
        var issuer = new Npgsql.NpgsqlConnectionStringBuilder(Compose.Services["issuer"].Environment["Storage__ConnectionString"]);
        var portal = new Npgsql.NpgsqlConnectionStringBuilder(Compose.Services["portal"].Environment["Shares__ConnectionString"]);

        Assert.Equal(
            ("postgres", "credchain_issuer", "credchain_issuer", "${ISSUER_DB_PASSWORD:?set ISSUER_DB_PASSWORD in .env}"),
            (issuer.Host, issuer.Database, issuer.Username, issuer.Password));
        Assert.Equal(
            ("postgres", "credchain_portal", "credchain_portal", "${PORTAL_DB_PASSWORD:?set PORTAL_DB_PASSWORD in .env}"),
            (portal.Host, portal.Database, portal.Username, portal.Password));
    }

    [Fact]
    public void Compose_Postgres_RunsTheRolesScriptOnFirstStart_WithTheServicesPasswordsFromEnv()
    {
        var postgres = Compose.Services["postgres"];

        Assert.Contains("./deploy/postgres/10-credchain-roles.sh:/docker-entrypoint-initdb.d/10-credchain-roles.sh:ro", postgres.Volumes);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["POSTGRES_USER"] = "${POSTGRES_USER:-credchain}",
                ["POSTGRES_PASSWORD"] = "${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}",
                ["POSTGRES_DB"] = "postgres",
                ["ISSUER_DB_PASSWORD"] = "${ISSUER_DB_PASSWORD:?set ISSUER_DB_PASSWORD in .env}",
                ["PORTAL_DB_PASSWORD"] = "${PORTAL_DB_PASSWORD:?set PORTAL_DB_PASSWORD in .env}",
            },
            postgres.Environment);
        // Neither service is handed the superuser's name or password.
        Assert.All(["issuer", "portal"], name => Assert.DoesNotContain(
            Compose.Services[name].Environment.Values, v => v.Contains("POSTGRES_USER", StringComparison.Ordinal) || v.Contains("POSTGRES_PASSWORD", StringComparison.Ordinal)));
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

    [Fact]
    public void Compose_Dependencies_NameExistingServicesWithConditionsTheyCanMeet()
    {
        foreach (var service in Compose.Services.Values)
        {
            foreach (var (target, condition) in service.DependsOn)
            {
                Assert.True(Compose.Services.ContainsKey(target), $"{service.Name} depends on unknown {target}.");
                var dependency = Compose.Services[target];
                switch (condition)
                {
                    case "service_healthy":
                        Assert.True(dependency.Has("healthcheck"), $"{service.Name} waits for {target} to be healthy, but it has no health check.");
                        break;
                    case "service_completed_successfully":
                        Assert.True(dependency.Restart == "no", $"{service.Name} waits for {target} to complete, but {target} restarts.");
                        break;
                    default:
                        Assert.Fail($"{service.Name} -> {target}: unexpected condition {condition}.");
                        break;
                }
            }
        }

        AssertAcyclic();
    }

    [Fact]
    public void Compose_OnlyThePortalAndTheIssuingApi_PublishPorts()
    {
        var publishing = Compose.Services.Values.Where(s => s.Ports.Count > 0).ToDictionary(s => s.Name, s => s.Ports);

        Assert.Equal(
            new Dictionary<string, IReadOnlyList<string>>
            {
                ["issuer"] = ["${ISSUER_HTTP_PORT:-5070}:8080"],
                ["portal"] = ["${PORTAL_HTTP_PORT:-5080}:8080"],
            },
            publishing);
        Assert.DoesNotContain(Compose.Services.Values, s => s.Has("expose") || s.Scalar("network_mode") == "host");
    }

    [Fact]
    public void Compose_Images_ArePinnedToExactVersions()
    {
        foreach (var service in Compose.Services.Values)
        {
            var image = service.Image;
            Assert.False(string.IsNullOrEmpty(image), $"{service.Name} has no image.");
            var tag = image!.Contains(':', StringComparison.Ordinal) ? image[(image.LastIndexOf(':') + 1)..] : "";
            Assert.NotEqual("", tag);
            Assert.NotEqual("latest", tag);
            if (!service.Has("build"))
            {
                Assert.Matches(@"^\d+\.\d+(\.\d+)?$", tag); // pulled images: an exact release, not a floating major
            }
        }
    }

    [Fact]
    public void Compose_LongRunningServicesRestartAndReportHealth_OneShotsDoNot()
    {
        foreach (var service in Compose.Services.Values)
        {
            if (service.Name is "besu-volumes" or "deploy")
            {
                Assert.Equal("no", service.Restart);
            }
            else
            {
                Assert.Equal("unless-stopped", service.Restart);
                Assert.True(service.Has("healthcheck"), $"{service.Name} has no health check.");
            }
        }
    }

    [Fact]
    public void Compose_EveryVariableItInterpolates_IsDocumentedInEnvExample()
    {
        var documented = File.ReadAllLines(RepositoryRoot.Combine(".env.example"))
            .Where(l => l.Length > 0 && char.IsAsciiLetterUpper(l[0]) && l.Contains('=', StringComparison.Ordinal))
            .Select(l => l[..l.IndexOf('=', StringComparison.Ordinal)])
            .ToHashSet();
        var used = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(RepositoryRoot.Combine("docker-compose.yml")), @"(?<!\$)\$\{([A-Z0-9_]+)")
            .Select(m => m.Groups[1].Value)
            .ToHashSet();

        Assert.Equal(used.Order(), documented.Order());
    }

    private static void AssertAcyclic()
    {
        var state = new Dictionary<string, bool>(); // false: on the current path, true: done
        void Visit(string name, Stack<string> path)
        {
            if (state.TryGetValue(name, out var done))
            {
                Assert.True(done, $"depends_on cycle: {string.Join(" -> ", path.Reverse())} -> {name}");
                return;
            }

            state[name] = false;
            path.Push(name);
            foreach (var next in Compose.Services[name].DependsOn.Keys)
            {
                Visit(next, path);
            }

            path.Pop();
            state[name] = true;
        }

        foreach (var name in Compose.Services.Keys)
        {
            Visit(name, new Stack<string>());
        }
    }
}
