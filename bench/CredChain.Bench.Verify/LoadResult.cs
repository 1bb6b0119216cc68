namespace CredChain.Bench.Verify;

internal sealed record LoadResult(long Requests, double RequestsPerSecond, TimeSpan P50, TimeSpan P99, TimeSpan Max, long Errors, IReadOnlyDictionary<string, long> Statuses);
