using CredChain.Verifier.Shares;

namespace CredChain.Verifier.Publications;

internal sealed record WithdrawResponse(string Id, DateTimeOffset WithdrawnAt, ShareWithdrawer WithdrawnBy);
