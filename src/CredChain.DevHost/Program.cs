using CredChain.DevHost;

return await DevHostApplication.RunAsync(args).ConfigureAwait(false);
