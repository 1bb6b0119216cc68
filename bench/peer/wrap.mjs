// OpenAttestation's wrapDocuments (salting, hashing, the batch Merkle tree) on the cohort sizes, one process per
// size so that each starts cold, as a registrar's run would. Prints wall and CPU time and peak memory per size.
// Usage: node wrap.mjs [sizes=1000,10000,50000]
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { wrapDocuments } from '@govtechsg/open-attestation';
import { rawDocument, loadAverage } from './content.mjs';

const store = '0x5FbDB2315678afecb367f032d93F642f64180aa3';

if (process.argv[2] === '--one') {
  const count = Number(process.argv[3]);
  const documents = Array.from({ length: count }, (_, i) => rawDocument(i + 1, store));
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const wrapped = wrapDocuments(documents);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  const root = wrapped[0].signature.merkleRoot;
  console.log(JSON.stringify({ count, seconds, cpuSeconds: (used.user + used.system) / 1e6, peakMiB: process.resourceUsage().maxRSS / 1024, root }));
} else {
  const sizes = (process.argv[2] ?? '1000,10000,50000').split(',').map(Number);
  const self = fileURLToPath(import.meta.url);
  console.log(`OpenAttestation wrapDocuments (@govtechsg/open-attestation), node ${process.version}, load average ${loadAverage()}`);
  for (const count of sizes) {
    const line = execFileSync(process.execPath, ['--max-old-space-size=8192', self, '--one', String(count)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const r = JSON.parse(line.trim().split('\n').pop());
    console.log(`  ${String(r.count).padStart(7)} documents: ${r.seconds.toFixed(2).padStart(8)} s wall, ${r.cpuSeconds.toFixed(2).padStart(8)} s CPU, ${Math.round(r.count / r.seconds).toLocaleString('en').padStart(7)} documents/s, peak ${Math.round(r.peakMiB)} MiB`);
    console.log(`RESULT wrap ${r.count} ${r.seconds}`);
  }
}
