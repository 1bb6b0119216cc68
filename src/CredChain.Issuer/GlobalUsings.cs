global using CredChain.Core.Problems;
global using CredChain.Hosting.Problems;
global using Microsoft.AspNetCore.Http.HttpResults;
