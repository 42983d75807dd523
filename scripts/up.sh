#!/usr/bin/env bash
# One command from a fresh clone to a running system: installs what is missing, then hands
# over to scripts/dev.ts, which starts every part and prints the URLs. TypeScript runs
# through swc as it is loaded (@swc-node/register): there is no build step.
set -euo pipefail
cd "$(dirname "$0")/.."

stamp=node_modules/.package-lock.stamp
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  echo "• installing npm packages…"
  npm ci --no-audit --no-fund
  cp package-lock.json "$stamp"
fi
bash scripts/ensure-temporal.sh >/dev/null
exec node -r @swc-node/register scripts/dev.ts
