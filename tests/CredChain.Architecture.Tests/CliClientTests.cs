using System.Xml.Linq;

namespace CredChain.Architecture.Tests;

/// <summary>
/// Issue 17: the CLI is a client. <c>credchain up</c> runs the hosts in the dev host (<c>src/CredChain.DevHost</c>), a
/// child process; the CLI's assembly references, followed through every project file, reach no host.
/// </summary>
public sealed class CliClientTests
{
    private const string Cli = "src/CredChain.Cli/CredChain.Cli.csproj";

    [Fact]
    public void Cli_ReferencesNoHostAssembly_DirectlyOrThroughAnotherProject()
    {
        var referenced = AssemblyReferences(Cli);
        var hosts = referenced.Where(IsHost).ToList();

        Assert.True(hosts.Count == 0, $"{Cli} references host assemblies: {string.Join(", ", hosts)} (all it references: {string.Join(", ", referenced)})");
        Assert.Contains("src/CredChain.Cli.Common/CredChain.Cli.Common.csproj", referenced);
    }

    [Fact]
    public void Cli_BuildsTheDevHost_WithoutReferencingItsAssembly()
    {
        var devHost = ProjectReferences(Cli).Single(r => r.Path.EndsWith("/CredChain.DevHost.csproj", StringComparison.Ordinal));

        Assert.False(devHost.ReferencesAssembly);
        Assert.Contains(AssemblyReferences(devHost.Path), IsHost);
    }

    /// <summary>A host: an ASP.NET Core project (the issuing service, the portal, the relay).</summary>
    private static bool IsHost(string project) =>
        string.Equals(Load(project).Root?.Attribute("Sdk")?.Value, "Microsoft.NET.Sdk.Web", StringComparison.Ordinal);

    /// <summary>Every project whose assembly <paramref name="project"/> references, directly or through the projects it references.</summary>
    private static SortedSet<string> AssemblyReferences(string project)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var next))
        {
            foreach (var reference in ProjectReferences(next).Where(r => r.ReferencesAssembly))
            {
                if (found.Add(reference.Path))
                {
                    pending.Push(reference.Path);
                }
            }
        }

        return found;
    }

    private static List<(string Path, bool ReferencesAssembly)> ProjectReferences(string project)
    {
        var directory = Path.GetDirectoryName(Path.Combine(SourceTree.Root, project))!;
        return Load(project).Descendants("ProjectReference").Select(element =>
        {
            var path = SourceTree.Relative(Path.GetFullPath(Path.Combine(directory, element.Attribute("Include")!.Value.Replace('\\', '/'))));
            var referencesAssembly = !string.Equals(element.Attribute("ReferenceOutputAssembly")?.Value, "false", StringComparison.OrdinalIgnoreCase);
            return (path, referencesAssembly);
        }).ToList();
    }

    private static XDocument Load(string project) => XDocument.Load(Path.Combine(SourceTree.Root, project));
}
