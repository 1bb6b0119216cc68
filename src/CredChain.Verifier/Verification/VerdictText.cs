using System.Collections.Frozen;
using System.Globalization;
using System.Resources;
using CredChain.Core.Verification;

namespace CredChain.Verifier.Verification;

/// <summary>
/// zh/en texts for verdict statuses, check kinds and reason codes, read once from the shared resources so the API
/// can answer in both languages whatever the request's culture. Looked up by enum value: every verdict asks for
/// about 26 of them, so no key strings are built per request.
/// </summary>
internal sealed class VerdictText
{
    private static readonly CultureInfo Chinese = new("zh-CN");
    private static readonly CultureInfo English = new("en");
    private readonly FrozenDictionary<string, Bilingual> _byKey;
    private readonly FrozenDictionary<VerdictStatus, Bilingual> _status;
    private readonly FrozenDictionary<VerdictStatus, Bilingual> _statusHint;
    private readonly FrozenDictionary<CheckKind, Bilingual> _check;
    private readonly FrozenDictionary<CheckStatus, Bilingual> _checkStatus;
    private readonly FrozenDictionary<ReasonCode, Bilingual> _reason;

    public VerdictText()
    {
        var resources = new ResourceManager("CredChain.Verifier.Resources.SharedResource", typeof(VerdictText).Assembly);
        var byKey = new Dictionary<string, Bilingual>(StringComparer.Ordinal);
        _status = Read<VerdictStatus>("Status", resources, byKey);
        _statusHint = Read<VerdictStatus>("StatusHint", resources, byKey);
        _check = Read<CheckKind>("Check", resources, byKey);
        _checkStatus = Read<CheckStatus>("CheckStatus", resources, byKey);
        _reason = Read<ReasonCode>("Reason", resources, byKey);
        _byKey = byKey.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Every text, for callers that prepare them once (the verdict's JSON writer pre-encodes them).</summary>
    public IEnumerable<Bilingual> All => _byKey.Values;

    /// <summary>Keys whose text is missing in a language (a new enum value without a translation).</summary>
    public IEnumerable<string> Missing => _byKey.Where(t => t.Value.Zh == t.Key || t.Value.En == t.Key || t.Value.Zh == t.Value.En).Select(t => t.Key);

    public Bilingual Status(VerdictStatus status) => _status[status];

    public Bilingual StatusHint(VerdictStatus status) => _statusHint[status];

    public Bilingual Check(CheckKind kind) => _check[kind];

    public Bilingual CheckStatus(CheckStatus status) => _checkStatus[status];

    public Bilingual Reason(ReasonCode reason) => _reason[reason];

    private static FrozenDictionary<TEnum, Bilingual> Read<TEnum>(string prefix, ResourceManager resources, Dictionary<string, Bilingual> byKey)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().ToFrozenDictionary(value => value, value =>
        {
            var key = $"{prefix}.{value}";
            var text = new Bilingual(resources.GetString(key, Chinese) ?? key, resources.GetString(key, English) ?? key);
            byKey.Add(key, text);
            return text;
        });
}
