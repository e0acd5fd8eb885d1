#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server for the PostgreSQL store tests:
# starts it, exports CLIPPER_TEST_POSTGRES_URL (and _DIR), runs the command, and
# stops and deletes the server whatever the command's outcome.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
eval "$("$here/postgres-test-server.sh" start)"
trap '"$here/postgres-test-server.sh" stop "$CLIPPER_TEST_POSTGRES_DIR" >/dev/null 2>&1 || true' EXIT
"$@"
