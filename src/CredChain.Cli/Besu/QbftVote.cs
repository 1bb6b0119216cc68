namespace CredChain.Cli.Besu;

/// <summary>A validator vote carried in a block header: add (<c>0xff</c>) or drop (empty) <see cref="Recipient"/>.</summary>
internal sealed record QbftVote(EthereumAddress Recipient, bool Add);
