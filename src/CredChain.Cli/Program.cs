using System.CommandLine;
using CredChain.Cli;

return await CliApplication.RunAsync(args, new InvocationConfiguration()).ConfigureAwait(false);
