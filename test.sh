#!/usr/bin/env bash
# Builds the solution, runs every test project and closes with one line: "N passed, N failed, N skipped".
# Extra arguments go to each `dotnet test` (e.g. ./test.sh --filter FullyQualifiedName~Import).
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
results="artifacts/test-results"
rm -rf "$results"

status=0
dotnet build WorkforceInsights.sln || status=$?
if [ "$status" -eq 0 ]; then
  for project in tests/*.Tests/*.Tests.csproj; do
    name=$(basename "$project" .csproj)
    dotnet test "$project" --no-build --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" \
      --results-directory "$results" "$@" || status=$?
  done
fi

passed=0; failed=0; skipped=0
count() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$2"; }
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  passed=$((passed + $(count passed "$counters")))
  failed=$((failed + $(count failed "$counters") + $(count error "$counters")))
  # Ignored tests (e.g. SQL Server without a connection string) are in the total but not executed.
  skipped=$((skipped + $(count total "$counters") - $(count executed "$counters")))
done
# A build or runner failure that produced no failing test still counts as a failure.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
