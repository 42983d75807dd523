#!/usr/bin/env bash
# One command from a fresh clone to a running system: installs what is missing, builds,
# then hands over to scripts/dev.ts, which starts every part and prints the URLs.
set -euo pipefail
cd "$(dirname "$0")/.."

stamp=node_modules/.package-lock.stamp
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  echo "• installing npm packages…"
  npm install --no-audit --no-fund
  cp package-lock.json "$stamp"
fi
bash scripts/ensure-temporal.sh >/dev/null
echo "• building…"
npm run -s build
exec node dist/scripts/dev.js
