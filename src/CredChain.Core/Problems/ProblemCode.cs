namespace CredChain.Core.Problems;

/// <summary>
/// One stable error code of the HTTP APIs: the <c>code</c> member of a ProblemDetails response, the status it comes
/// with, and its title in Chinese and English for people (the CLI prints these; clients branch on <see cref="Code"/>).
/// </summary>
/// <param name="Code">The value clients see; never renamed.</param>
/// <param name="Status">The HTTP status it comes with.</param>
/// <param name="TitleZh">The title in Chinese.</param>
/// <param name="TitleEn">The title in English.</param>
public sealed record ProblemCode(string Code, int Status, string TitleZh, string TitleEn)
{
    /// <summary>Both titles, Chinese first: <c>未找到 / Not found</c>.</summary>
    public string BilingualTitle => $"{TitleZh} / {TitleEn}";
}
