#!/usr/bin/env bash
# THE test command. Builds the solution once, runs every test project, and ends with "N passed, N failed"
# (plus ", N skipped"). Prints a project's output only when it fails. Exits non-zero if anything failed.
# FORMENGINE_ARTIFACTS=DIR builds elsewhere (default: artifacts/test), e.g. to test two checkouts at once.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

scripts/ensure-deps.sh || { echo "0 passed, 1 failed (dependencies missing)"; exit 1; }

art="${FORMENGINE_ARTIFACTS:-$root/artifacts/test}"
results="$art/results"
rm -rf "$results"
mkdir -p "$results"

# The PostgreSQL store tests need a server: unless one is given, a private throwaway cluster in the artifacts
# folder, deleted at exit. Without it they skip on a developer machine and fail in CI.
if [ -z "${FORMENGINE_TEST_POSTGRES:-}" ]; then
  export FORMENGINE_POSTGRES_DIR="$art/postgres"
  trap 'scripts/postgres.sh stop >/dev/null 2>&1' EXIT
  if postgres_url="$(scripts/postgres.sh start)"; then
    export FORMENGINE_TEST_POSTGRES="$postgres_url"
  else
    echo "PostgreSQL did not start: its tests are skipped (and fail in CI)"
  fi
fi

echo "Building FormEngine.sln..."
if ! dotnet build FormEngine.sln -c Release --artifacts-path "$art" -nologo -v q -clp:ErrorsOnly >"$art/build.log" 2>&1; then
  cat "$art/build.log"
  echo "0 passed, 1 failed (the build failed)"
  exit 1
fi

# Reads one counter (total, executed, passed, failed, error) from a TRX file.
counter() { grep -o "<Counters [^>]*" "$1" | grep -o " $2=\"[0-9]*\"" | grep -o "[0-9]\+" || echo 0; }

passed=0 failed=0 skipped=0 broken=0
# Every test project once, and the host's integration suite a second time on PostgreSQL (project@postgresql: its
# fixtures then make a database per host on FORMENGINE_TEST_POSTGRES, and SQLite-only tests are filtered out).
for run in tests/*/*.csproj tests/FormEngine.Host.Tests/FormEngine.Host.Tests.csproj@postgresql; do
  project="${run%@*}" database=""
  [ "$run" = "$project" ] || database="${run##*@}"
  grep -q "Include=\"Microsoft.NET.Test.Sdk\"" "$project" || continue
  name="$(basename "$project" .csproj)${database:+-$database}"
  export FORMENGINE_HOST_TESTS_DATABASE="${database:-sqlite}"
  if [ -n "$database" ] && [ -z "${FORMENGINE_TEST_POSTGRES:-}" ]; then
    echo "$name: not run: FORMENGINE_TEST_POSTGRES is not set (PostgreSQL did not start), and this run must not pass by skipping"
    broken=$((broken + 1))
    continue
  fi
  trx="$results/$name.trx"
  log="$results/$name.log"
  dotnet test "$project" -c Release --no-build --artifacts-path "$art" --nologo -v q \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" --results-directory "$results" ${database:+--filter Database!=Sqlite} >"$log" 2>&1
  code=$?
  if [ ! -f "$trx" ]; then
    cat "$log"
    echo "$name: no test results (the test run did not complete)"
    broken=$((broken + 1))
    continue
  fi
  # Skipped tests are counted in total but not in executed (notExecuted stays 0 for xunit's Skip).
  p=$(counter "$trx" passed) f=$(counter "$trx" failed) e=$(counter "$trx" error)
  s=$(( $(counter "$trx" total) - $(counter "$trx" executed) ))
  passed=$((passed + p)) failed=$((failed + f + e)) skipped=$((skipped + s))
  if [ "$code" -ne 0 ] || [ "$((f + e))" -ne 0 ]; then
    cat "$log"
    # A crashed test host can exit non-zero with no failed test recorded: count the run itself.
    [ "$((f + e))" -eq 0 ] && broken=$((broken + 1))
  fi
  echo "$name: $p passed, $((f + e)) failed$([ "$s" -gt 0 ] && echo ", $s skipped")"
done

failed=$((failed + broken))
echo "$passed passed, $failed failed$([ "$skipped" -gt 0 ] && echo ", $skipped skipped")"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
