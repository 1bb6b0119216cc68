using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CredChain.Architecture.Tests;

/// <summary>Which top-level folder of a project uses a type declared in which other folder. Names are resolved with
/// Roslyn's semantic model over the project's own sources, so a use counts whether it came through a <c>using</c>,
/// a fully qualified name or a parent namespace; files directly in the project folder belong to "(root)".</summary>
internal sealed class FolderGraph
{
    public const string RootFolder = "(root)";

    private readonly Dictionary<string, SortedSet<string>> _edges = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _uses = new(StringComparer.Ordinal);

    private FolderGraph(string projectDirectory) => ProjectDirectory = projectDirectory;

    public string ProjectDirectory { get; }

    public IReadOnlyDictionary<string, SortedSet<string>> Edges => _edges;

    /// <summary>The types behind an edge "from -> to": which of to's types from uses, for the failure message.</summary>
    public IReadOnlyDictionary<string, SortedSet<string>> Uses => _uses;

    public static FolderGraph Build(string projectDirectory)
    {
        var graph = new FolderGraph(projectDirectory);
        var trees = SourceTree.HandWrittenFiles(projectDirectory)
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview), path))
            .ToList();
        var compilation = CSharpCompilation.Create("scan", trees, PlatformReferences(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        foreach (var tree in trees)
        {
            var from = graph.FolderOf(tree.FilePath);
            var model = compilation.GetSemanticModel(tree);
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                if (graph.DeclaringType(model, name) is { } used && graph.FolderOf(used.Path) is var to && to != from)
                {
                    graph.Add(from, to, used.Name);
                }
            }
        }

        return graph;
    }

    public string FolderOf(string path)
    {
        var relative = Path.GetRelativePath(ProjectDirectory, path).Replace('\\', '/');
        var slash = relative.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? RootFolder : relative[..slash];
    }

    /// <summary>The graph without the given edges ("from -> to"): what is left must have no cycle.</summary>
    public IReadOnlyList<IReadOnlyList<string>> CyclesWithout(IEnumerable<string> edges)
    {
        var removed = edges.ToHashSet(StringComparer.Ordinal);
        var kept = _edges.ToDictionary(
            e => e.Key,
            e => new SortedSet<string>(e.Value.Where(to => !removed.Contains(e.Key + " -> " + to)), StringComparer.Ordinal),
            StringComparer.Ordinal);
        return StronglyConnected.Components(kept).Where(c => c.Count > 1).ToList();
    }

    private void Add(string from, string to, string typeName)
    {
        if (!_edges.TryGetValue(from, out var targets))
        {
            _edges[from] = targets = new SortedSet<string>(StringComparer.Ordinal);
        }

        targets.Add(to);
        var key = from + " -> " + to;
        if (!_uses.TryGetValue(key, out var types))
        {
            _uses[key] = types = new SortedSet<string>(StringComparer.Ordinal);
        }

        types.Add(typeName);
    }

    private (string Name, string Path)? DeclaringType(SemanticModel model, SimpleNameSyntax name)
    {
        var info = model.GetSymbolInfo(name);
        var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
        var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
        if (type is null)
        {
            return null;
        }

        type = type.OriginalDefinition;
        while (type.ContainingType is { } outer)
        {
            type = outer;
        }

        var declaration = type.DeclaringSyntaxReferences.FirstOrDefault();
        return declaration is null ? null : (type.Name, declaration.SyntaxTree.FilePath);
    }

    private static List<MetadataReference> PlatformReferences() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
}
