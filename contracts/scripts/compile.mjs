// Compiles every contracts/src/*.sol with solc-js (standard JSON) and writes one artifact per deployable contract.
//
//   node scripts/compile.mjs [--out <dir>]     (default: contracts/compiled)
//
// The settings are fixed and the bytecode carries no metadata hash, so the same sources always give byte-identical
// artifacts; the .NET test suite re-runs this script into a temporary directory and compares the bytes.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const solc = require('solc');

const contractsDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = join(contractsDir, 'src');
const nodeModulesDir = join(contractsDir, 'node_modules');

const settings = {
  optimizer: { enabled: true, runs: 1000 },
  evmVersion: 'paris',
  metadata: { bytecodeHash: 'none', appendCBOR: false },
  outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
};

function parseOut(argv) {
  const i = argv.indexOf('--out');
  if (i === -1) return join(contractsDir, 'compiled');
  if (i + 1 >= argv.length) throw new Error('--out needs a directory');
  return resolve(argv[i + 1]);
}

function findImport(path) {
  // Project sources are keyed "src/X.sol"; everything else (e.g. "@openzeppelin/...") comes from node_modules.
  const file = path.startsWith('src/') ? join(contractsDir, path) : join(nodeModulesDir, path);
  try {
    return { contents: readFileSync(file, 'utf8') };
  } catch {
    return { error: `import not found: ${path} (run: npm ci --prefix contracts)` };
  }
}

const outDir = parseOut(process.argv.slice(2));
const sourceNames = readdirSync(srcDir).filter((f) => f.endsWith('.sol')).sort();
const sources = Object.fromEntries(
  sourceNames.map((f) => [`src/${f}`, { content: readFileSync(join(srcDir, f), 'utf8') }]),
);

const output = JSON.parse(
  solc.compile(JSON.stringify({ language: 'Solidity', sources, settings }), { import: findImport }),
);

const diagnostics = output.errors ?? [];
for (const d of diagnostics) console.error(d.formattedMessage ?? d.message);
// Warnings fail the build too: the contracts are small enough to keep clean.
if (diagnostics.some((d) => d.severity === 'error' || d.severity === 'warning')) process.exit(1);

mkdirSync(outDir, { recursive: true });
const compiler = { name: 'solc-js', version: solc.version(), settings: { ...settings, outputSelection: undefined } };
let written = 0;
for (const sourceName of Object.keys(sources)) {
  for (const [contractName, contract] of Object.entries(output.contracts[sourceName] ?? {})) {
    const bytecode = contract.evm.bytecode.object;
    if (bytecode.length === 0) continue; // interfaces and abstract contracts are not deployable
    const artifact = {
      contractName,
      sourceName,
      compiler,
      abi: contract.abi,
      bytecode: `0x${bytecode}`,
      deployedBytecode: `0x${contract.evm.deployedBytecode.object}`,
    };
    writeFileSync(join(outDir, `${contractName}.json`), `${JSON.stringify(artifact, null, 2)}\n`);
    written++;
  }
}
console.log(`compiled ${sourceNames.length} sources, wrote ${written} artifacts to ${outDir}`);
