#!/usr/bin/env bash
# Makes sure what the tests need is on this machine. Today that is only the .NET 10 SDK; the place to add
# PostgreSQL and Chromium set-up when tests need them.
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
