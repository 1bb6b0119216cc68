using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CredChain.Architecture.Tests;

/// <summary>Lines per hand-written file and per method-like member (methods, constructors, operators, accessors,
/// local functions), counted from the signature (attributes and doc comments left out) to the closing brace.</summary>
internal static class SizeScan
{
    public const int MaxFileLines = 300;
    public const int MaxMethodLines = 60;

    public static readonly string[] Areas = ["src", "tests", "bench"];

    /// <summary>"path" of every hand-written file longer than <see cref="MaxFileLines"/>, with its length.</summary>
    public static IEnumerable<(string Key, int Lines)> LongFiles() =>
        AllFiles()
            .Select(path => (Key: SourceTree.Relative(path), Lines: File.ReadAllLines(path).Length))
            .Where(f => f.Lines > MaxFileLines);

    /// <summary>"path: Type.Member" of every method-like member longer than <see cref="MaxMethodLines"/>, with its length.</summary>
    public static IEnumerable<(string Key, int Lines)> LongMethods() =>
        AllFiles().SelectMany(path =>
        {
            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(path), CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview)).GetRoot();
            return root.DescendantNodes()
                .Where(IsMethodLike)
                .Select(node => (Key: SourceTree.Relative(path) + ": " + Name(node), Lines: Lines(node)))
                .Where(m => m.Lines > MaxMethodLines)
                .GroupBy(m => m.Key, StringComparer.Ordinal)
                .Select(g => (g.Key, g.Max(m => m.Lines)));
        });

    private static IEnumerable<string> AllFiles() =>
        SourceTree.Projects(Areas).SelectMany(SourceTree.HandWrittenFiles).Distinct(StringComparer.Ordinal);

    private static bool IsMethodLike(SyntaxNode node) =>
        node is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax;

    private static int Lines(SyntaxNode node)
    {
        var attributes = node switch
        {
            MemberDeclarationSyntax member => member.AttributeLists,
            LocalFunctionStatementSyntax local => local.AttributeLists,
            AccessorDeclarationSyntax accessor => accessor.AttributeLists,
            _ => default,
        };
        var start = attributes.Count > 0 ? attributes.Last().GetLastToken().GetNextToken().SpanStart : node.SpanStart;
        var text = node.SyntaxTree.GetText();
        return text.Lines.GetLineFromPosition(node.Span.End).LineNumber - text.Lines.GetLineFromPosition(start).LineNumber + 1;
    }

    private static string Name(SyntaxNode node)
    {
        var member = node switch
        {
            MethodDeclarationSyntax m => m.Identifier.Text,
            ConstructorDeclarationSyntax => ".ctor",
            LocalFunctionStatementSyntax l => l.Identifier.Text,
            AccessorDeclarationSyntax a => a.Keyword.Text,
            OperatorDeclarationSyntax o => "operator " + o.OperatorToken.Text,
            _ => node.Kind().ToString(),
        };
        var owners = node.Ancestors()
            .Select(a => a switch
            {
                BaseTypeDeclarationSyntax t => t.Identifier.Text,
                PropertyDeclarationSyntax p => p.Identifier.Text,
                MethodDeclarationSyntax m => m.Identifier.Text,
                _ => null,
            })
            .OfType<string>()
            .Reverse();
        return string.Join('.', owners.Append(member));
    }
}
