// OpenAttestation's verifier (@govtechsg/oa-verify) on a real dev node: a DocumentStore (the package's own bytecode)
// on anvil, a batch wrapped and its root issued, then closed-loop verification for a while. The fragments are the ones a
// document-store certificate needs that work offline: the document's hash and its store's issued/revoked status
// (the DNS-TXT identity check needs the internet, which neither this machine nor a national verifier's should need).
// Usage: node verify.mjs [seconds=20] [concurrency=32]
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { ethers } from 'ethers';
import { wrapDocuments } from '@govtechsg/open-attestation';
import { verificationBuilder, openAttestationHash, openAttestationEthereumDocumentStoreStatus, isValid } from '@govtechsg/oa-verify';
import { DocumentStoreFactory } from '@govtechsg/document-store';
import { rawDocument, loadAverage } from './content.mjs';

const seconds = Number(process.argv[2] ?? 20);
// Identity (DNS-TXT) is left out, see above: a document counts as valid when its integrity and status are.
const checked = ['DOCUMENT_INTEGRITY', 'DOCUMENT_STATUS'];
const concurrency = Number(process.argv[3] ?? 32);
const here = path.dirname(fileURLToPath(import.meta.url));
const anvilBinary = path.join(here, '..', '..', 'contracts', 'node_modules', '@foundry-rs', 'anvil-linux-amd64', 'bin', 'anvil');
// anvil's well-known first dev account.
const devKey = '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80';

const port = await freePort();
const anvil = spawn(anvilBinary, ['--host', '127.0.0.1', '--port', String(port), '--chain-id', '1337', '--silent'], { stdio: 'ignore' });
try {
  const provider = new ethers.providers.JsonRpcProvider(`http://127.0.0.1:${port}`, { chainId: 1337, name: 'dev' });
  await waitForNode(provider);
  const wallet = new ethers.Wallet(devKey, provider);
  const factory = new ethers.ContractFactory(DocumentStoreFactory.abi, DocumentStoreFactory.bytecode, wallet);
  const store = await factory.deploy('Demo University', wallet.address);
  await store.deployed();
  const documents = wrapDocuments(Array.from({ length: 100 }, (_, i) => rawDocument(i + 1, store.address)));
  await (await store.issue('0x' + documents[0].signature.merkleRoot)).wait();

  const verify = verificationBuilder([openAttestationHash, openAttestationEthereumDocumentStoreStatus], { provider });
  const first = await verify(documents[0]);
  if (!isValid(first, checked)) {
    throw new Error('The issued document does not verify: ' + JSON.stringify(first));
  }

  console.log(`OpenAttestation verify (@govtechsg/oa-verify: hash + document store status), anvil at port ${port}, ${concurrency} concurrent, ${seconds} s`);
  await run(verify, documents, 3, concurrency); // warm-up
  const load = loadAverage();
  const cpu = process.cpuUsage();
  const result = await run(verify, documents, seconds, concurrency);
  const used = process.cpuUsage(cpu);
  const ms = result.latencies.sort((a, b) => a - b);
  const at = q => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))];
  console.log(`  load avg   ${load} before`);
  console.log(`  verified   ${result.count} (${result.invalid} not valid)`);
  console.log(`  per second ${Math.round(result.count / seconds).toLocaleString('en')}`);
  console.log(`  p50        ${at(0.5).toFixed(2)} ms`);
  console.log(`  p99        ${at(0.99).toFixed(2)} ms`);
  console.log(`  CPU/verify ${Math.round((used.user + used.system) / result.count)} µs (verifier process; anvil not counted)`);
  console.log(`RESULT verify ${result.count / seconds} ${at(0.99)}`);
} finally {
  anvil.kill('SIGTERM');
}

async function run(verify, documents, durationSeconds, workers) {
  const deadline = performance.now() + durationSeconds * 1000;
  const latencies = [];
  let count = 0;
  let invalid = 0;
  await Promise.all(Array.from({ length: workers }, async (_, w) => {
    for (let i = w; performance.now() < deadline; i += workers) {
      const started = performance.now();
      const fragments = await verify(documents[i % documents.length]);
      latencies.push(performance.now() - started);
      count++;
      if (!isValid(fragments, checked)) {
        invalid++;
      }
    }
  }));
  return { count, invalid, latencies };
}

async function waitForNode(provider) {
  for (let i = 0; i < 100; i++) {
    try {
      await provider.getBlockNumber();
      return;
    } catch {
      await new Promise(r => setTimeout(r, 100));
    }
  }
  throw new Error('anvil did not start');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}
