#!/bin/sh
# A throwaway PostgreSQL for the store tests: a fresh cluster in a temporary directory,
# listening on a free port on 127.0.0.1 only, trust authentication, owned by the postgres user
# (PostgreSQL refuses to run as root).
#
#   eval "$(scripts/postgres-test-server.sh start)"    # prints export lines: URL and DIR
#   swift test
#   scripts/postgres-test-server.sh stop "$CLIPPER_TEST_POSTGRES_DIR"
#
# Commands:
#   start [DIR]    create and start a cluster in DIR (default: a new temporary directory);
#                  installs Debian's postgresql package first when initdb is missing (needs root).
#                  Prints CLIPPER_TEST_POSTGRES_URL and CLIPPER_TEST_POSTGRES_DIR as export lines.
#   env DIR        print the export lines of the running cluster in DIR.
#   suspend DIR    stop the server, keeping its data (the tests use it to fake an outage).
#   resume DIR     start a suspended server again, on the same port.
#   stop [DIR]     stop the server and delete DIR (default: $CLIPPER_TEST_POSTGRES_DIR). Idempotent.
set -eu

die() { echo "postgres-test-server: $*" >&2; exit 1; }

bindir() {
    for candidate in /usr/lib/postgresql/*/bin; do
        [ -x "$candidate/initdb" ] && dir=$candidate
    done
    [ -n "${dir:-}" ] && echo "$dir"
}

# Runs a command as the postgres user (PostgreSQL will not run as root).
as_postgres() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

install_postgres() {
    [ -n "$(bindir)" ] && return 0
    [ "$(id -u)" = 0 ] || die "PostgreSQL is not installed and installing it needs root: apt-get install -y postgresql"
    echo "postgres-test-server: installing PostgreSQL (apt-get install -y postgresql)" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y --no-install-recommends postgresql >&2 || {
        apt-get update >&2 && apt-get install -y --no-install-recommends postgresql >&2
    } || die "could not install postgresql with apt-get"
    # Debian's package starts a cluster of its own; the tests do not use it.
    [ -n "$(bindir)" ] || die "postgresql is installed but initdb was not found under /usr/lib/postgresql"
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

print_env() {
    port=$(cat "$1/port")
    echo "export CLIPPER_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable"
    echo "export CLIPPER_TEST_POSTGRES_DIR=$1"
}

# pg_ctl runs with every inherited descriptor above standard error closed. pg_ctl's server
# outlives this script, and would otherwise keep the caller's pipes and sockets open: a caller
# that waits for them to close (Foundation's Process does) would wait for the server to stop.
close_inherited_descriptors='import os, sys; os.closerange(3, os.sysconf("SC_OPEN_MAX")); os.execv(sys.argv[1], sys.argv[1:])'

start_server() {
    as_postgres python3 -c "$close_inherited_descriptors" "$BIN/pg_ctl" -D "$1/data" -l "$1/server.log" -w -t 60 \
        -o "-p $(cat "$1/port") -c listen_addresses=127.0.0.1 -c unix_socket_directories=$1 -c fsync=off" \
        start >/dev/null || { cat "$1/server.log" >&2; die "the server in $1 did not start"; }
}

command=${1:-}
dir=${2:-${CLIPPER_TEST_POSTGRES_DIR:-}}

case "$command" in
start)
    install_postgres
    BIN=$(bindir)
    if [ -z "${2:-}" ]; then
        dir=$(mktemp -d "${TMPDIR:-/tmp}/clipper-postgres.XXXXXX")
    fi
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    chmod 0700 "$dir"
    if [ -f "$dir/data/postmaster.pid" ] && as_postgres "$BIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
        print_env "$dir"
        exit 0
    fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        as_postgres "$BIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null \
            || die "initdb failed in $dir/data"
    fi
    free_port >"$dir/port"
    start_server "$dir"
    print_env "$dir"
    ;;
env)
    [ -n "$dir" ] && [ -f "$dir/port" ] || die "no test server in ${dir:-(no directory given)}"
    print_env "$dir"
    ;;
suspend)
    BIN=$(bindir) || die "PostgreSQL is not installed"
    [ -n "$dir" ] && [ -d "$dir/data" ] || die "no test server in ${dir:-(no directory given)}"
    as_postgres "$BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
resume)
    BIN=$(bindir) || die "PostgreSQL is not installed"
    [ -n "$dir" ] && [ -d "$dir/data" ] || die "no test server in ${dir:-(no directory given)}"
    start_server "$dir"
    ;;
stop)
    [ -n "$dir" ] || exit 0
    if [ -d "$dir/data" ] && BIN=$(bindir); then
        as_postgres "$BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    case "$dir" in
    /|"") die "refusing to delete $dir" ;;
    esac
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start [DIR] | env DIR | suspend DIR | resume DIR | stop [DIR]" >&2
    exit 64
    ;;
esac
