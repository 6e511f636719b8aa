#!/usr/bin/env bash
# A private, throwaway PostgreSQL cluster for the tests: never the machine's own server or data.
#   scripts/postgres.sh install   installs the server from Debian's packages if missing (as root)
#   scripts/postgres.sh start     creates the cluster if needed, starts it, prints its connection string
#   scripts/postgres.sh url       prints the connection string of the running cluster
#   scripts/postgres.sh stop      stops the cluster and deletes it
# FORMENGINE_POSTGRES_DIR=DIR keeps the cluster elsewhere (default: artifacts/postgres), so that two checkouts
# or two test runs can each have their own. The port is the first free one from 5433.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${FORMENGINE_POSTGRES_DIR:-$root/artifacts/postgres}"
data="$dir/data"

bindir() {
  if command -v pg_ctl >/dev/null 2>&1; then dirname "$(readlink -f "$(command -v pg_ctl)")"; return; fi
  local found
  found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [ -n "$found" ] && [ -x "$found/pg_ctl" ] && echo "$found"
}

install() {
  [ -n "$(bindir || true)" ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "postgres.sh: installing PostgreSQL from Debian's packages..." >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >/dev/null 2>&1 || true
  fi
  [ -n "$(bindir || true)" ] || { echo "postgres.sh: PostgreSQL is not installed: apt-get install postgresql" >&2; return 1; }
}

# The server refuses to run as root: as root, run its tools as the postgres user.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

url() {
  [ -f "$dir/port" ] || { echo "postgres.sh: no cluster in $dir (run: scripts/postgres.sh start)" >&2; return 1; }
  echo "Host=127.0.0.1;Port=$(cat "$dir/port");Username=postgres;Database=postgres"
}

# Deletes only a folder this script made (it holds the marker), whatever FORMENGINE_POSTGRES_DIR says.
remove() {
  if [ -f "$dir/.formengine-postgres" ]; then rm -rf "$dir"
  elif [ -e "$dir" ] && [ -n "$(ls -A "$dir" 2>/dev/null)" ]; then
    echo "postgres.sh: $dir is not a cluster made by this script: not deleting it" >&2; return 1
  fi
}

running() { [ -f "$data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; }

start() {
  install
  bin="$(bindir)"
  if running; then url; return; fi
  remove
  mkdir -p "$dir"
  touch "$dir/.formengine-postgres"
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
  as_owner "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; return 1; }
  local port=5433
  while ! port_free "$port"; do port=$((port + 1)); done
  echo "$port" >"$dir/port"
  # Test data is thrown away: durability settings off make creating a database per test class fast.
  as_owner "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 -o \
    "-p $port -c listen_addresses=127.0.0.1 -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || { cat "$dir/server.log" >&2; return 1; }
  url
}

stop() {
  bin="$(bindir || true)"
  if [ -n "$bin" ] && [ -f "$data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  remove
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  url) url ;;
  stop) stop ;;
  *) echo "usage: scripts/postgres.sh install|start|url|stop" >&2; exit 2 ;;
esac
