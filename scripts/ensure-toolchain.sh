#!/usr/bin/env bash
# Installs the chain toolchain (solc-js, anvil, OpenZeppelin) from contracts/package-lock.json, and the portal's
# pinned browser libraries from src/CredChain.Verifier/package-lock.json (a test compares them with wwwroot/lib),
# each when it is missing or older than its lockfile. Needs only node and npm.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
marker="$root/contracts/node_modules/.package-lock.json"
if [ ! -f "$marker" ] || [ "$root/contracts/package-lock.json" -nt "$marker" ]; then
  echo "Installing the contract toolchain (npm ci in contracts/)..."
  npm ci --prefix "$root/contracts" --no-audit --no-fund --loglevel=error
fi

portal="$root/src/CredChain.Verifier"
marker="$portal/node_modules/.package-lock.json"
if [ ! -f "$marker" ] || [ "$portal/package-lock.json" -nt "$marker" ]; then
  echo "Installing the portal's pinned browser libraries (npm ci in src/CredChain.Verifier/)..."
  npm ci --prefix "$portal" --no-audit --no-fund --loglevel=error
fi
