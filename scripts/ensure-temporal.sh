#!/usr/bin/env bash
# Prints the path of the pinned Temporal CLI: from PATH, then the project's tools folder,
# then a machine-wide cache; builds it with `go install` when none is there.
set -euo pipefail
VERSION=1.5.1
root="$(cd "$(dirname "$0")/.." && pwd)"
tools="$root/.tools"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/don-doc/temporal-$VERSION"

# `go install` builds report version 0.0.0-DEV, so our own builds carry a stamp file.
has_version() { "$1" --version 2>/dev/null | grep -q "$VERSION" || [ "$(cat "$1.version" 2>/dev/null)" = "$VERSION" ]; }

if command -v temporal >/dev/null 2>&1 && has_version "$(command -v temporal)"; then
  command -v temporal; exit 0
fi
for candidate in "$tools/temporal" "$cache/temporal"; do
  if [ -x "$candidate" ] && has_version "$candidate"; then
    mkdir -p "$tools"
    [ "$candidate" = "$tools/temporal" ] || { ln -sf "$candidate" "$tools/temporal"; echo "$VERSION" > "$tools/temporal.version"; }
    echo "$tools/temporal"; exit 0
  fi
done
if ! command -v go >/dev/null 2>&1; then
  echo "Temporal CLI $VERSION not found and Go is missing: install Go, or put temporal $VERSION on PATH (https://docs.temporal.io/cli)." >&2
  exit 1
fi
echo "building Temporal CLI $VERSION with go install (a few minutes, once)..." >&2
mkdir -p "$cache" "$tools"
GOBIN="$cache" GOFLAGS=-mod=mod go install "github.com/temporalio/cli/cmd/temporal@v$VERSION" >&2
echo "$VERSION" > "$cache/temporal.version"
ln -sf "$cache/temporal" "$tools/temporal"
echo "$VERSION" > "$tools/temporal.version"
echo "$tools/temporal"
