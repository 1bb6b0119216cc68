namespace CredChain.Bench.Verify;

/// <summary>Time from launching the portal process to /health answering and to the first verdict.</summary>
internal sealed record ColdStart(TimeSpan Healthy, TimeSpan FirstVerdict, string Status);
