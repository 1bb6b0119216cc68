namespace CredChain.Core.Intake;

/// <summary>An input refused before any verdict: what is wrong, in words for the person who sent it (English).</summary>
/// <param name="Reason">The kind of refusal (the portal's 400 problem code follows from it).</param>
/// <param name="Detail">What is wrong, e.g. where the JSON breaks.</param>
public sealed record MalformedInput(MalformedReason Reason, string Detail);
