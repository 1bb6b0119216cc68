using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CredChain.Architecture.Tests;

/// <summary>The simple names of the namespace-level types (classes, records, structs, interfaces, enums, delegates)
/// each <c>src/</c> project declares in its hand-written sources; nested types are their owner's business.</summary>
internal static class TypeNames
{
    /// <summary>Each simple name declared by more than one project, with those projects ("src/CredChain.X").</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> SharedAcrossProjects() =>
        SourceTree.Projects("src")
            .SelectMany(project => Declared(project).Select(name => (Name: name, Project: SourceTree.Relative(project))))
            .Distinct()
            .GroupBy(d => d.Name, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(d => d.Project).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);

    private static IEnumerable<string> Declared(string project) =>
        SourceTree.HandWrittenFiles(project).SelectMany(path =>
            CSharpSyntaxTree.ParseText(File.ReadAllText(path), CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview))
                .GetRoot()
                .DescendantNodes(node => node is not TypeDeclarationSyntax)
                .Select(node => node switch
                {
                    BaseTypeDeclarationSyntax type => type.Identifier.Text,
                    DelegateDeclarationSyntax callback => callback.Identifier.Text,
                    _ => null,
                })
                .OfType<string>());
}
