#!/usr/bin/env bash
# The whole test suite: the system prerequisites, one build, then the four test projects in two lanes at once.
#   lane 1: the browser tests (the longest: chromium and a real host per fixture, mostly waiting on pages)
#   lane 2: the unit tests, then the integration tests on SQLite, then the same integration tests on PostgreSQL
# `dotnet test Internships.sln` runs the projects one after another; on two cores the lanes together take about two
# thirds of that. Every project still writes its TRX file into TestResults/ (Directory.Build.targets), which
# .ci/run counts. Extra arguments go to every `dotnet test`, e.g. `bash scripts/test.sh --filter "Name~Spanish"`.
# Exits non-zero when the build or any project fails.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/prerequisites.sh || exit 1
dotnet build Internships.sln --nologo -v:q || exit 1

# Each line of the browser lane is marked, since both lanes write to the terminal at once.
(
  dotnet test tests/Internships.BrowserTests --no-build --nologo "$@" 2>&1 | sed -u 's/^/[browser] /'
  exit "${PIPESTATUS[0]}"
) &
browser_lane=$!

status=0
for project in Internships.UnitTests Internships.IntegrationTests Internships.IntegrationTests.PostgreSql; do
  dotnet test "tests/$project" --no-build --nologo "$@" || status=1
done

wait "$browser_lane" || status=1
exit "$status"
