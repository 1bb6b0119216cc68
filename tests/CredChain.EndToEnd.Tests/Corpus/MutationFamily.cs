using CredChain.EndToEnd.Tests.Holder;
using CredChain.EndToEnd.Tests.Json;

namespace CredChain.EndToEnd.Tests.Corpus;

/// <summary>A family of hand edits: which edits it makes of a document, and what the portal may answer to them.</summary>
internal abstract class MutationFamily
{
    /// <summary>The row name in the corpus table.</summary>
    public abstract string Name { get; }

    /// <summary>What the family's edits may come back as (an edit may narrow or replace it).</summary>
    public abstract IReadOnlySet<string> Allowed { get; }

    /// <summary>The family's edits of <paramref name="document"/>; the same for the same <paramref name="random"/> state.</summary>
    public abstract IEnumerable<Mutation> Generate(HolderCopy document, CorpusContext context, Random random);

    /// <summary>An edit POSTed as compact JSON.</summary>
    protected Mutation Edit(HolderCopy document, string edit, JTree tree, IReadOnlySet<string>? allowed = null) =>
        new(Name, document.Label, edit, JWriter.WriteUtf8(tree, JFormat.Compact), allowed ?? Allowed);
}
