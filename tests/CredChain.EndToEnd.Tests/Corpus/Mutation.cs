namespace CredChain.EndToEnd.Tests.Corpus;

/// <summary>One hand edit of one document, and the outcomes it may get.</summary>
/// <param name="Family">The family it belongs to (a row of the corpus table).</param>
/// <param name="Document">The label of the document it started from.</param>
/// <param name="Edit">What was done, precisely enough to redo it by hand.</param>
/// <param name="Body">The bytes POSTed to the portal.</param>
/// <param name="Allowed">Acceptable outcomes, as <see cref="Infrastructure.VerifyOutcome.Brief"/> tokens.</param>
/// <param name="MustContain">Text the verdict body must also contain (e.g. where the chain anchored the root), or null.</param>
internal sealed record Mutation(string Family, string Document, string Edit, byte[] Body, IReadOnlySet<string> Allowed, string? MustContain = null);
