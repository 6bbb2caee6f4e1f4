#!/usr/bin/env bash
# Builds the solution (Release) and runs every test project, closing with one line: "N passed, N failed, N skipped".
#   ./test.sh           every test, the browser (Chromium) and child-process tests among them: what CI runs
#   ./test.sh --fast    no browser and no child-process tests (NUnit categories Browser and Process), and a build
#                       without the analyzers (the full run and CI keep them: a style slip fails there, not here)
# Further arguments go to each `dotnet test` (e.g. ./test.sh --fast --filter FullyQualifiedName~Import; a --filter of
# your own replaces the fast one). Each project's console output is in artifacts/test-results/<project>.log.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
results="artifacts/test-results"

# Internal: `test.sh --one <project> [dotnet test arguments]` runs one test project; its results go to <project>.trx
# and its console output to <project>.log.
# The built test assembly is run directly (not the project), which spares an MSBuild evaluation per project. A test run
# is short and bound by the two cores: the runtime's profile-guided re-compilation and its background garbage collector
# cost it more CPU than they give back, so both are off.
if [ "${1:-}" = "--one" ]; then
  name=$(basename "$2" .csproj)
  shift 2
  export DOTNET_TieredPGO=0 DOTNET_gcConcurrent=0
  exec dotnet test "artifacts/bin/$name/release/$name.dll" --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results" "$@" >"$results/$name.log" 2>&1
fi

rm -rf "$results"
mkdir -p "$results"

filter=()
build=()
args=()
for arg in "$@"; do
  if [ "$arg" = "--fast" ]; then
    filter=(--filter "TestCategory!=Browser&TestCategory!=Process")
    build=(-p:RunAnalyzers=false)
  else
    args+=("$arg")
  fi
done
for arg in "${args[@]}"; do
  if [ "$arg" = "--filter" ]; then filter=(); fi
done

status=0
# The compiler server compiles every project in one warm process, where a compiler per project (this machine's default,
# UseSharedCompilation=false in the environment) starts cold fifteen times; it is stopped after the build, so nothing
# is left running.
dotnet build WorkforceInsights.sln -c Release -nologo -clp:ErrorsOnly -p:UseSharedCompilation=true "${build[@]}" || status=$?
dotnet build-server shutdown --vbcscompiler >/dev/null 2>&1
if [ "$status" -eq 0 ]; then
  # Two cores, two projects at a time, the longest first (the web tests, then the import tests), so neither core waits
  # at the end on a long project started late.
  projects=(tests/WorkforceInsights.Web.Tests/WorkforceInsights.Web.Tests.csproj tests/WorkforceInsights.Import.Tests/WorkforceInsights.Import.Tests.csproj)
  for project in tests/*.Tests/*.Tests.csproj; do
    [[ " ${projects[*]} " == *" $project "* ]] || projects+=("$project")
  done
  printf '%s\n' "${projects[@]}" | xargs -P 2 -I{} "$0" --one {} "${filter[@]}" "${args[@]}" || status=1
  for log in "$results"/*.log; do
    grep -vE "^\s+Skipped |^A total of|^Test run for|^Results File" "$log"
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
