#!/usr/bin/env bash
# The peer in the same run: OpenAttestation (wrapDocuments, oa-verify) and CredChain's own cohort and verification
# benches on the same sizes and the same kind of dev node, back to back on this machine, then the ratios.
# Usage: bash bench/peer/run.sh [sizes=1000,10000,50000] [verify seconds=20]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
sizes="${1:-1000,10000,50000}"
seconds="${2:-20}"

bash "$root/scripts/ensure-toolchain.sh" >/dev/null
if [ ! -f "$here/node_modules/.package-lock.json" ] || [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
  npm ci --prefix "$here" --no-audit --no-fund --loglevel=error
fi
dotnet build "$root/bench/CredChain.Bench.Cohort" -c Release -v quiet -nologo >/dev/null
dotnet build "$root/bench/CredChain.Bench.Verify" -c Release -v quiet -nologo >/dev/null

log="$(mktemp)"
node "$here/wrap.mjs" "$sizes" | tee "$log"
declare -A ours
for count in ${sizes//,/ }; do
  out="$(dotnet "$root/bench/CredChain.Bench.Cohort/bin/Release/net10.0/CredChain.Bench.Cohort.dll" "$count")"
  echo "$out" | grep -E "Cohort run|wall time end to end|credentials/s"
  ours[$count]="$(echo "$out" | sed -nE 's/.*wall time end to end *: *([0-9.]+) s.*/\1/p')"
done

node "$here/verify.mjs" "$seconds" 32 | tee -a "$log"
mine="$(dotnet "$root/bench/CredChain.Bench.Verify/bin/Release/net10.0/CredChain.Bench.Verify.dll" "$seconds" 32)"
echo "$mine" | grep -E "requests/s|p99|CPU/req"
# The first workload is CredChain's own credential (the second, OpenAttestation on CredChain's portal, is not the peer).
ours_rps="$(echo "$mine" | sed -nE 's/^ *requests\/s *([0-9,]+).*/\1/p' | head -1 | tr -d ,)"
ours_p99="$(echo "$mine" | sed -nE 's/^ *p99 *([0-9.]+) ms.*/\1/p' | head -1)"

echo
echo "CredChain against OpenAttestation, same machine, same run ($(cut -d' ' -f1-3 /proc/loadavg) load average now)"
echo "  issuing: CredChain end to end (upload over HTTP, durable storage, one anchor, every document retrieved with its proof)"
echo "           against OpenAttestation's wrapDocuments alone (in memory, no storage, no anchor)"
for count in ${sizes//,/ }; do
  peer="$(sed -nE "s/^RESULT wrap $count ([0-9.]+)$/\1/p" "$log")"
  awk -v n="$count" -v p="$peer" -v o="${ours[$count]}" \
    'BEGIN { printf "  %7d credentials: CredChain %7.2f s, OpenAttestation %8.2f s: %5.1fx\n", n, o, p, p / o }'
done
read -r _ _ peer_rps peer_p99 < <(grep '^RESULT verify' "$log")
awk -v o="$ours_rps" -v p="$peer_rps" -v op="$ours_p99" -v pp="$peer_p99" \
  'BEGIN { printf "  verification: CredChain %d/s (p99 %.1f ms), OpenAttestation %d/s (p99 %.1f ms): %.0fx\n", o, op, p, pp, o / p }'
rm -f "$log"
