using System.Collections.Frozen;
using System.Globalization;
using System.Resources;
using CredChain.Core.Verification;

namespace CredChain.Verifier.Verification;

/// <summary>
/// zh/en texts for verdict statuses, check kinds and reason codes, read once from the shared resources so the API
/// can answer in both languages whatever the request's culture.
/// </summary>
internal sealed class VerdictText
{
    private static readonly CultureInfo Chinese = new("zh-CN");
    private static readonly CultureInfo English = new("en");
    private readonly FrozenDictionary<string, Bilingual> _texts;

    public VerdictText()
    {
        var resources = new ResourceManager("CredChain.Verifier.Resources.SharedResource", typeof(VerdictText).Assembly);
        var keys = Enum.GetNames<VerdictStatus>().SelectMany(s => new[] { $"Status.{s}", $"StatusHint.{s}" })
            .Concat(Enum.GetNames<CheckKind>().Select(k => $"Check.{k}"))
            .Concat(Enum.GetNames<CheckStatus>().Select(s => $"CheckStatus.{s}"))
            .Concat(Enum.GetNames<ReasonCode>().Select(r => $"Reason.{r}"));
        _texts = keys.ToFrozenDictionary(
            k => k,
            k => new Bilingual(resources.GetString(k, Chinese) ?? k, resources.GetString(k, English) ?? k),
            StringComparer.Ordinal);
    }

    /// <summary>Keys whose text is missing in a language (a new enum value without a translation).</summary>
    public IEnumerable<string> Missing => _texts.Where(t => t.Value.Zh == t.Key || t.Value.En == t.Key || t.Value.Zh == t.Value.En).Select(t => t.Key);

    public Bilingual Status(VerdictStatus status) => _texts[$"Status.{status}"];

    public Bilingual StatusHint(VerdictStatus status) => _texts[$"StatusHint.{status}"];

    public Bilingual Check(CheckKind kind) => _texts[$"Check.{kind}"];

    public Bilingual CheckStatus(CheckStatus status) => _texts[$"CheckStatus.{status}"];

    public Bilingual Reason(ReasonCode reason) => _texts[$"Reason.{reason}"];
}
