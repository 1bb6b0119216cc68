// Sums the counters of every TRX file in a folder and prints "N passed, N failed, N skipped".
// Exits 1 when a test failed or when no test ran at all, so an empty run is never green.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
const files = readdirSync(dir).filter((f) => f.endsWith(".trx"));
let passed = 0, failed = 0, total = 0, notExecuted = 0;
for (const file of files) {
  const xml = readFileSync(join(dir, file), "utf8");
  const counters = xml.match(/<Counters\b[^>]*>/);
  if (!counters) continue;
  const attr = (name) => Number((counters[0].match(new RegExp(`\\b${name}="(\\d+)"`)) ?? [0, 0])[1]);
  passed += attr("passed");
  failed += attr("failed") + attr("error") + attr("timeout") + attr("aborted");
  total += attr("total");
  notExecuted += attr("notExecuted");
}
const skipped = Math.max(notExecuted, total - passed - failed);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
if (failed > 0 || passed === 0) process.exit(1);
