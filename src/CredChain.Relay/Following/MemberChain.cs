using CredChain.Ethereum.Hub;
using CredChain.Relay.Options;

namespace CredChain.Relay.Following;

/// <summary>Everything the relay uses to follow one member: its options, its hub key, its events and its head.</summary>
internal sealed record MemberChain(MemberOptions Options, MemberRef Ref, MemberSource Source, MemberHead Head);
