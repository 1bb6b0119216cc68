// OpenAttestation v2 test vectors, produced by the real library (@govtechsg/open-attestation, pinned in
// package-lock.json): wrapDocuments, obfuscateDocument, digestDocument and verifySignature. CredChain's C# integrity
// check must agree with the library on every case (tests/CredChain.Core.Tests/OpenAttestation). The same run copies the
// DocumentStore ABI and creation bytecode from the pinned @govtechsg/document-store into contracts/external/.
// Salts are random (uuid v4), so a run rewrites every file; the expectations are recomputed each time.
// Usage: npm ci && node generate.mjs
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { wrapDocument, wrapDocuments, obfuscateDocument, verifySignature, digestDocument } from '@govtechsg/open-attestation';
import flatley from 'flatley';
import ethersPackage from 'ethers';
import { rawDocuments, STORE_DEPLOYER } from './content.mjs';

const require = createRequire(import.meta.url);
const { DocumentStore__factory } = require('@govtechsg/document-store/dist/contracts/factories/contracts/DocumentStore__factory.js');
const { ethers } = ethersPackage;
const here = path.dirname(fileURLToPath(import.meta.url));
const documentsDir = path.join(here, 'documents');

// The store's address is fixed: the DocumentStore is the first contract STORE_DEPLOYER (anvil's dev account 9) deploys,
// so a test that deploys it from that account on a fresh node gets this address and can issue these roots.
const store = ethers.utils.getContractAddress({ from: STORE_DEPLOYER, nonce: 0 });
const cases = [];

const batch = wrapDocuments(rawDocuments(store, 5));
batch.forEach((d, i) => add(`batch-${i}`, d, 'one of a batch of five (odd count: a promoted node)'));
const single = wrapDocument(rawDocuments(store, 1)[0]);
add('single', single, 'wrapped alone: merkleRoot = targetHash, empty proof');
const second = wrapDocuments(rawDocuments(store, 3, 100));
second.forEach((d, i) => add(`other-batch-${i}`, d, 'a second batch of three (not issued in the integration tests)'));

add('obfuscated', obfuscateDocument(batch[1], ['recipient.gpa', 'recipient.degree.name.en', 'transcript']), 'a number, a nested string and a whole array hidden');
add('obfuscated-twice', obfuscateDocument(obfuscateDocument(batch[2], ['recipient.birthDate']), ['flags']), 'hidden in two steps: obfuscatedData appended');

add('tampered-value', edit(batch[0], d => { d.data.recipient.name = d.data.recipient.name.replace('Student', 'Studemt'); }), 'a salted value changed');
add('tampered-salt', edit(batch[0], d => { d.data.recipient.major = '00000000-0000-4000-8000-000000000000' + d.data.recipient.major.slice(36); }), 'a salt changed');
add('tampered-removed', edit(batch[0], d => { delete d.data.recipient.major; }), 'a field removed without obfuscating it');
add('tampered-obfuscated-data', edit(obfuscateDocument(batch[1], ['recipient.gpa']), d => { d.privacy.obfuscatedData[0] = flip(d.privacy.obfuscatedData[0]); }), 'an obfuscatedData hash changed');
add('tampered-obfuscated-added', edit(batch[3], d => { d.privacy = { obfuscatedData: [flip(d.signature.targetHash)] }; }), 'an obfuscatedData hash added');
add('tampered-target-hash', edit(batch[0], d => { d.signature.targetHash = flip(d.signature.targetHash); }), 'targetHash changed');
add('tampered-proof', edit(batch[0], d => { d.signature.proof[0] = flip(d.signature.proof[0]); }), 'a proof node changed');
add('tampered-root', edit(batch[0], d => { d.signature.merkleRoot = flip(d.signature.merkleRoot); }), 'merkleRoot changed');
add('tampered-moved', edit(batch[4], d => { const v = d.data.recipient.major; delete d.data.recipient.major; d.data.recipient.majorCopy = v; }), 'a salted value moved to another key');
add('tampered-raw-number', edit(batch[0], d => { d.data.recipient.score = 2.5; d.data.recipient.big = 1e21; d.data.recipient.tiny = 5e-324; d.data.recipient.neg = -0; }), 'unsalted numbers added (JSON.stringify number forms)');
add('tampered-raw-scalars', edit(batch[0], d => { d.data.recipient.yes = true; d.data.recipient.nothing = null; d.data.recipient.text = 'a "quoted" \\ back\tslash\u0001\u001f\u007f\u2028 é 学 😀'; }), 'unsalted scalars added (JSON.stringify string escapes)');
add('tampered-empty', edit(batch[0], d => { d.data.recipient.emptyObject = {}; d.data.recipient.emptyArray = []; }), 'empty containers added');

add('tampered-period-key', edit(batch[0], d => { d.data.recipient['a.b'] = d.data.recipient.major; }), 'a key with a period (the library refuses to flatten it)');
const elsewhere = '0x000000000000000000000000000000000000dEaD';
add('unknown-store', wrapDocument({ ...rawDocuments(store, 1)[0], issuers: [{ name: 'Unlisted College', documentStore: elsewhere, identityProof: { type: 'DNS-TXT', location: 'unlisted.example.org' } }] }), 'a document store no trust list names');

const tokenRegistry = wrapDocument({ ...rawDocuments(store, 1)[0], issuers: [{ name: 'Demo Shipping', tokenRegistry: store, identityProof: { type: 'DNS-TXT', location: 'demo.example.com' } }] });
add('token-registry', tokenRegistry, 'a transferable (token registry) document: integrity valid, status unsupported');

rmSync(documentsDir, { recursive: true, force: true });
mkdirSync(documentsDir, { recursive: true });
for (const c of cases) {
  writeFileSync(path.join(documentsDir, `${c.name}.json`), JSON.stringify(c.document, null, 2) + '\n');
  delete c.document;
}
const issuedRoot = batch[0].signature.merkleRoot;
writeFileSync(path.join(here, 'vectors.json'), JSON.stringify({
  library: '@govtechsg/open-attestation 6.9.7',
  documentStore: { address: store, deployer: STORE_DEPLOYER, deployerNonce: 0, name: 'Demo University' },
  issuedRoot,
  cases,
}, null, 2) + '\n');

const externalDir = path.join(here, '..', '..', '..', 'contracts', 'external');
mkdirSync(externalDir, { recursive: true });
writeFileSync(path.join(externalDir, 'DocumentStore.json'), JSON.stringify({
  contractName: 'DocumentStore',
  source: '@govtechsg/document-store 3.0.0 (DocumentStore__factory), copied by tests/vectors/openattestation/generate.mjs',
  abi: DocumentStore__factory.abi,
  bytecode: DocumentStore__factory.bytecode,
  deployedBytecode: '',
}, null, 2) + '\n');
console.log(`${cases.length} cases, store ${store}, issued root ${issuedRoot}`);

function add(name, original, description) {
  const document = JSON.parse(JSON.stringify(original)); // what the file holds
  let digest = null;
  let error = null;
  let integrity = false;
  try {
    digest = digestDocument(document);
    integrity = verifySignature(document);
  } catch (e) {
    error = e.message;
  }
  cases.push({ name, description, file: `documents/${name}.json`, digest, integrity, error, leaves: leaves(document.data), document });
}

// What the library hashes, one entry per flattened data path: the JSON text and its Keccak-256.
function leaves(data) {
  try {
    const flat = flatley.flatten(data);
    return Object.keys(flat).map(k => {
      const preimage = JSON.stringify({ [k]: flat[k] });
      return { path: k, preimage, hash: ethers.utils.keccak256(ethers.utils.toUtf8Bytes(preimage)).slice(2) };
    });
  } catch {
    return [];
  }
}

function edit(document, change) {
  const copy = JSON.parse(JSON.stringify(document));
  change(copy);
  return copy;
}

function flip(hex) {
  return (hex[0] === '0' ? '1' : '0') + hex.slice(1);
}
