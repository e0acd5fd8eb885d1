#!/usr/bin/env bash
# Builds LazyFS (the power-loss file system in ../shared/tools/lazyfs) into .build/lazyfs once and
# prints the binary's path. The power-loss tests find it there. Needs root for its apt packages,
# which the Makefile's test-deps install first.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/../shared/tools/lazyfs/build.sh"
if [ ! -f "$build" ]; then
    echo "lazyfs: $build is missing; the power-loss tests need ../shared beside the project" >&2
    exit 1
fi
bash "$build" "$root/.build/lazyfs"
