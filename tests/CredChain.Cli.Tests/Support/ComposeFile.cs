using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CredChain.Cli.Tests.Support;

/// <summary>docker-compose.yml as Docker Compose reads it: YAML with anchors and merge keys resolved.</summary>
internal sealed partial class ComposeFile
{
    private ComposeFile(YamlMappingNode root) => Root = root;

    public YamlMappingNode Root { get; }

    public IReadOnlyDictionary<string, ComposeService> Services =>
        Mapping(Root, "services").Children.ToDictionary(
            kv => ((YamlScalarNode)kv.Key).Value!, kv => new ComposeService(((YamlScalarNode)kv.Key).Value!, (YamlMappingNode)kv.Value));

    public IReadOnlySet<string> TopLevelNames(string section) =>
        Root.Children.TryGetValue(section, out var node)
            ? ((YamlMappingNode)node).Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToHashSet()
            : new HashSet<string>();

    public static ComposeFile Load(string path)
    {
        using var reader = new StringReader(File.ReadAllText(path));
        var stream = new YamlStream();
        stream.Load(new MergingParser(new Parser(reader)));
        return new ComposeFile((YamlMappingNode)stream.Documents.Single().RootNode);
    }

    public static YamlMappingNode Mapping(YamlMappingNode node, string key) => (YamlMappingNode)node[new YamlScalarNode(key)];

    /// <summary>Compose interpolation: <c>${NAME:-default}</c> becomes the default, <c>${NAME:?msg}</c> a marker; <c>$$</c> is a literal dollar.</summary>
    public static string Interpolate(string value) =>
        Interpolation().Replace(value, m => m.Groups["default"].Success ? m.Groups["default"].Value : $"<{m.Groups["name"].Value}>");

    [GeneratedRegex(@"(?<!\$)\$\{(?<name>[A-Z0-9_]+)(?::-(?<default>[^}]*)|:\?[^}]*)?\}")]
    private static partial Regex Interpolation();
}

internal sealed partial class ComposeService(string name, YamlMappingNode node)
{
    public string Name { get; } = name;

    public YamlMappingNode Node { get; } = node;

    public string? Scalar(string key) => Node.Children.TryGetValue(key, out var v) && v is YamlScalarNode s ? s.Value : null;

    public bool Has(string key) => Node.Children.ContainsKey(key);

    public string? Image => Scalar("image");

    public string? Restart => Scalar("restart");

    public IReadOnlyList<string> Sequence(string key) =>
        Node.Children.TryGetValue(key, out var v) && v is YamlSequenceNode seq
            ? [.. seq.Children.Select(c => ((YamlScalarNode)c).Value!)]
            : [];

    public IReadOnlyList<string> Volumes => Sequence("volumes");

    public IReadOnlyList<string> Ports => Sequence("ports");

    public IReadOnlyList<string> Secrets => Sequence("secrets");

    /// <summary>The networks the service joins (short syntax: a list of names).</summary>
    public IReadOnlyList<string> Networks => Sequence("networks");

    /// <summary>depends_on in its long form: service name to condition.</summary>
    public IReadOnlyDictionary<string, string> DependsOn =>
        Node.Children.TryGetValue("depends_on", out var v)
            ? ((YamlMappingNode)v).Children.ToDictionary(
                kv => ((YamlScalarNode)kv.Key).Value!,
                kv => ((YamlScalarNode)((YamlMappingNode)kv.Value)["condition"]).Value!)
            : new Dictionary<string, string>();

    /// <summary>The variables given in <c>environment:</c> plus those the entrypoint script exports.</summary>
    public IReadOnlyDictionary<string, string> Environment
    {
        get
        {
            var env = Node.Children.TryGetValue("environment", out var v)
                ? ((YamlMappingNode)v).Children.ToDictionary(kv => ((YamlScalarNode)kv.Key).Value!, kv => ((YamlScalarNode)kv.Value).Value ?? "")
                : [];
            foreach (Match export in Exported().Matches(string.Join('\n', Sequence("entrypoint"))))
            {
                env[export.Groups["name"].Value] = export.Groups["value"].Value;
            }

            return env;
        }
    }

    [GeneratedRegex(@"^\s*export (?<name>[A-Za-z_][A-Za-z0-9_]*)=(?<value>.*)$", RegexOptions.Multiline)]
    private static partial Regex Exported();
}
