using CredChain.Core.Verification;

namespace CredChain.Verifier.Verification;

/// <summary>One check: its kind, outcome and stable reason code, with zh/en texts and Core's English detail.</summary>
internal sealed record CheckInfo(CheckKind Kind, Bilingual Name, CheckStatus Status, Bilingual StatusText, ReasonCode Code, int ReasonNumber, Bilingual Message, string Detail);
