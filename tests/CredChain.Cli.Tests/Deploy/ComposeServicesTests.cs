using CredChain.Cli.Tests.Support;

namespace CredChain.Cli.Tests.Deploy;

/// <summary>docker-compose.yml, read without a Docker engine: which services exist, how they depend on each other, restart, report health, publish ports and pin their images.</summary>
public sealed class ComposeServicesTests
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
}
