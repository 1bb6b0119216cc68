namespace CredChain.Ethereum.Artifacts;

/// <summary>Compiler output for one deployable contract, as written by <c>contracts/scripts/compile.mjs</c>.</summary>
/// <param name="ContractName">Solidity contract name.</param>
/// <param name="Abi">The contract's ABI as JSON.</param>
/// <param name="Bytecode">Creation bytecode, 0x-prefixed hex.</param>
/// <param name="DeployedBytecode">Runtime bytecode, 0x-prefixed hex.</param>
public sealed record ContractArtifact(string ContractName, string Abi, string Bytecode, string DeployedBytecode);
