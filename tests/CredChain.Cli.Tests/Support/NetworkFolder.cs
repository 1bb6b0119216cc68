using System.Text.Json;
using System.Text.RegularExpressions;
using CredChain.Cli.Besu;
using Nethereum.Signer;
using Tomlyn;
using Tomlyn.Model;

namespace CredChain.Cli.Tests.Support;

/// <summary>
/// Reads a folder written by <c>credchain network init</c> the way Besu would, without the generator's code:
/// keys are re-derived with Nethereum directly, TOML is parsed with Tomlyn, JSON with System.Text.Json.
/// </summary>
internal sealed partial class NetworkFolder
{
    private NetworkFolder(string path) => Path = path;

    public string Path { get; }

    public static NetworkFolder Read(string path) => new(path);

    /// <summary>Node folders in network order: validators by index, then RPC nodes by index.</summary>
    public IReadOnlyList<NodeOnDisk> Nodes() =>
        [.. Directory.EnumerateDirectories(System.IO.Path.Combine(Path, "nodes"))
            .Select(dir => new DirectoryInfo(dir).Name)
            .Select(name => NodeName().Match(name))
            .OrderBy(m => m.Groups["kind"].Value == "validator" ? 0 : 1)
            .ThenBy(m => int.Parse(m.Groups["index"].Value))
            .Select(m => NodeOnDisk.Read(System.IO.Path.Combine(Path, "nodes", m.Value)))];

    public JsonElement Genesis() => JsonDocument.Parse(System.IO.File.ReadAllText(File("genesis.json"))).RootElement.Clone();

    public IReadOnlyList<string> StaticNodes() =>
        JsonSerializer.Deserialize<string[]>(System.IO.File.ReadAllText(File("static-nodes.json")))!;

    public TomlTable Permissions() => ReadToml(File("permissions_config.toml"));

    public IReadOnlyList<string> TomlStrings(TomlTable table, string key) =>
        [.. ((TomlArray)table[key]).Select(v => (string)v!)];

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    public static TomlTable ReadToml(string path) => TomlSerializer.Deserialize<TomlTable>(System.IO.File.ReadAllText(path))!;

    [GeneratedRegex("^(?<kind>validator|rpcnode)(?<index>[1-9][0-9]*)$")]
    private static partial Regex NodeName();
}

/// <summary>One node folder, with its identity derived from its <c>key</c> file alone.</summary>
internal sealed record NodeOnDisk(string Name, string Folder, string PublicKey, string Address)
{
    public bool IsValidator => Name.StartsWith("validator", StringComparison.Ordinal);

    public string ExpectedEnode => $"enode://{PublicKey}@{Name}:30303";

    public static NodeOnDisk Read(string folder)
    {
        var keyText = File.ReadAllText(System.IO.Path.Combine(folder, "key"));
        Assert.Matches("^0x[0-9a-f]{64}$", keyText); // Besu's own format: one line, 0x-prefixed, no newline.
        var key = new EthECKey(keyText[2..]);
        return new NodeOnDisk(
            new DirectoryInfo(folder).Name,
            folder,
            Convert.ToHexStringLower(key.GetPubKeyNoPrefix()),
            key.GetPublicAddress().ToLowerInvariant());
    }

    public TomlTable Config() => NetworkFolder.ReadToml(System.IO.Path.Combine(Folder, "config.toml"));
}

/// <summary>The consistency every generated network must have, whoever generated it.</summary>
internal static class NetworkFolderAssertions
{
    public static void AssertConsistent(NetworkFolder network, long chainId, string deployer, IReadOnlyList<string> issuers)
    {
        var nodes = network.Nodes();
        var validators = nodes.Where(n => n.IsValidator).ToList();
        Assert.NotEmpty(validators);

        // Genesis: the validators in extraData are exactly the validator keys' addresses, in order.
        var genesis = network.Genesis();
        var extraData = QbftExtraData.Decode(genesis.GetProperty("extraData").GetString()!);
        Assert.Equal(validators.Select(v => v.Address), extraData.Validators.Select(a => a.Lowercase));
        Assert.Null(extraData.Vote);
        Assert.Equal(0, extraData.Round);
        Assert.Empty(extraData.Seals);
        Assert.All(extraData.Vanity, b => Assert.Equal(0, b));

        var config = genesis.GetProperty("config");
        Assert.Equal(chainId, config.GetProperty("chainId").GetInt64());
        Assert.True(config.GetProperty("zeroBaseFee").GetBoolean());
        Assert.Equal(0, config.GetProperty("londonBlock").GetInt32());
        Assert.Equal(2, config.GetProperty("qbft").GetProperty("blockperiodseconds").GetInt32());
        Assert.Equal(30000, config.GetProperty("qbft").GetProperty("epochlength").GetInt32());
        Assert.Equal(4, config.GetProperty("qbft").GetProperty("requesttimeoutseconds").GetInt32());
        var funded = genesis.GetProperty("alloc").EnumerateObject().Select(p => p.Name.ToLowerInvariant()).ToList();
        Assert.Equal([deployer.ToLowerInvariant()], funded);

        // Peering: static nodes, the nodes allowlist and the keys all name the same enodes.
        var expectedEnodes = nodes.Select(n => n.ExpectedEnode).ToList();
        Assert.Equal(expectedEnodes, network.StaticNodes());
        var permissions = network.Permissions();
        Assert.Equal(expectedEnodes, network.TomlStrings(permissions, "nodes-allowlist"));

        // Transacting: the deployer, then each issuer.
        Assert.Equal(
            new[] { deployer }.Concat(issuers).Select(a => a.ToLowerInvariant()).Distinct(),
            network.TomlStrings(permissions, "accounts-allowlist"));

        foreach (var node in nodes)
        {
            Assert.Equal("0x" + node.PublicKey, File.ReadAllText(Path.Combine(node.Folder, "key.pub")));
            Assert.Equal(node.Address, File.ReadAllText(Path.Combine(node.Folder, "address")));
            AssertNodeConfig(node);
        }

        var manifest = NetworkManifest.Parse(File.ReadAllText(network.File("network.json")));
        Assert.Equal(chainId, manifest.ChainId);
        Assert.Equal(nodes.Select(n => (n.Name, n.Address, n.ExpectedEnode)),
            manifest.Nodes.Select(n => (n.Name, n.Address.ToLowerInvariant(), n.Enode)));
    }

    private static void AssertNodeConfig(NodeOnDisk node)
    {
        var config = node.Config();
        Assert.Equal("/config/network/genesis.json", config["genesis-file"]);
        Assert.Equal("/config/node/key", config["node-private-key-file"]);
        Assert.Equal("/config/network/static-nodes.json", config["static-nodes-file"]);
        Assert.Equal("/config/network/permissions_config.toml", config["permissions-nodes-config-file"]);
        Assert.Equal("/config/network/permissions_config.toml", config["permissions-accounts-config-file"]);
        Assert.Equal(true, config["permissions-nodes-config-file-enabled"]);
        Assert.Equal(true, config["permissions-accounts-config-file-enabled"]);
        Assert.Equal(false, config["discovery-enabled"]);
        Assert.Equal(0L, config["min-gas-price"]);
        Assert.Equal(true, config["metrics-enabled"]);
        Assert.Equal(1000L, config["rpc-max-logs-range"]);
        Assert.Equal(node.IsValidator ? "127.0.0.1" : "0.0.0.0", config["rpc-http-host"]);
        Assert.Contains(node.Name, ((TomlArray)config["host-allowlist"]).Cast<string>());
        Assert.Equal(
            node.IsValidator ? ["ETH", "NET", "QBFT"] : ["ETH", "NET", "WEB3"],
            ((TomlArray)config["rpc-http-api"]).Cast<string>());
    }
}
