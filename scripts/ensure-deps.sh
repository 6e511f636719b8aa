#!/usr/bin/env bash
# Makes sure what the tests need is on this machine: the .NET 10 SDK, Node.js, Chromium and the PostgreSQL server.
set -euo pipefail

if ! command -v dotnet >/dev/null 2>&1; then
  echo "ensure-deps: the .NET SDK is not installed: install the .NET 10 SDK (https://dot.net)." >&2
  exit 1
fi
major="$(dotnet --version 2>/dev/null | cut -d. -f1)"
if [ -z "$major" ] || [ "$major" -lt 10 ]; then
  echo "ensure-deps: .NET SDK 10 or newer is needed (found '$(dotnet --version 2>/dev/null || echo none)')." >&2
  exit 1
fi

# Node.js runs the browser-side condition interpreter against the shared expression cases.
if ! command -v node >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "ensure-deps: installing Node.js from Debian's packages..." >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs) >/dev/null 2>&1 || true
  fi
  command -v node >/dev/null 2>&1 || { echo "ensure-deps: Node.js is needed for the script tests: install it (apt-get install nodejs)." >&2; exit 1; }
fi

# Chromium for the browser end-to-end tests. Playwright's own browser download needs the internet, which CI does
# not have: the tests drive Debian's build at /usr/bin/chromium instead (Playwright's node driver ships inside
# its NuGet package). Fatal, because the end-to-end suite cannot run without it.
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "ensure-deps: installing Chromium from Debian's packages..." >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1 || true
  fi
  [ -x /usr/bin/chromium ] || { echo "ensure-deps: Chromium is needed for the end-to-end tests: install it (apt-get install chromium)." >&2; exit 1; }
fi

# The PostgreSQL server binaries, for the store tests (test.sh runs a private cluster with scripts/postgres.sh).
# Not fatal here: without them those tests skip on a developer machine and fail in CI, which says why.
"$(dirname "${BASH_SOURCE[0]}")/postgres.sh" install \
  || echo "ensure-deps: PostgreSQL is not installed: the PostgreSQL store tests cannot run (apt-get install postgresql)." >&2
