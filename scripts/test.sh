#!/usr/bin/env bash
# Runs the whole test suite: installs the contract toolchain from the lockfile when needed,
# runs every test project in the solution, and prints one closing line "N passed, N failed".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash scripts/ensure-toolchain.sh

results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

status=0
dotnet test CredChain.sln --configuration Release \
  --logger "trx" --logger "console;verbosity=minimal" \
  --results-directory "$results" "$@" || status=$?

# The hostile-holder corpus writes how many hand edits it tried per family (tests/CredChain.EndToEnd.Tests).
if [ -f "$results/hostile-corpus.txt" ]; then
  cat "$results/hostile-corpus.txt"
fi

node scripts/trx-summary.mjs "$results" || status=$?
exit "$status"
