#!/usr/bin/env bash
# Regenerates the portal schema's migration for both providers while the portal is unreleased (one initial
# migration; after the first release, add migrations instead of regenerating).
# Usage: scripts/portal-migrations.sh
set -euo pipefail
cd "$(dirname "$0")/.."
for provider in Sqlite PostgreSql; do
  project="host/Persistence.$provider"
  rm -rf "$project/Migrations/Portal"
  dotnet restore "$project" >/dev/null
  dotnet ef migrations add InitialPortal --context PortalDbContext --project "$project" --output-dir Migrations/Portal >/dev/null
  echo "regenerated $project/Migrations/Portal"
done
