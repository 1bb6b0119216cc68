#!/usr/bin/env bash
# Installs the chain toolchain (solc-js, anvil, OpenZeppelin) from contracts/package-lock.json
# when it is missing or older than the lockfile. Needs only node and npm.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
marker="$root/contracts/node_modules/.package-lock.json"
if [ ! -f "$marker" ] || [ "$root/contracts/package-lock.json" -nt "$marker" ]; then
  echo "Installing the contract toolchain (npm ci in contracts/)..."
  npm ci --prefix "$root/contracts" --no-audit --no-fund --loglevel=error
fi
