using Nethereum.RPC.Eth.DTOs;

namespace CredChain.Ethereum.Deployment;

/// <summary>Where the registry contracts were deployed, and the deployment receipts.</summary>
/// <param name="IssuerRegistryAddress">The governance contract.</param>
/// <param name="CredentialRegistryAddress">The anchoring contract, bound to the governance contract.</param>
/// <param name="IssuerRegistryReceipt">Receipt of the governance deployment.</param>
/// <param name="CredentialRegistryReceipt">Receipt of the anchoring deployment.</param>
public sealed record RegistryDeployment(
    string IssuerRegistryAddress,
    string CredentialRegistryAddress,
    TransactionReceipt IssuerRegistryReceipt,
    TransactionReceipt CredentialRegistryReceipt);
